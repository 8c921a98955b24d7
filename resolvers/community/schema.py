"""What community adds to the schema: SIGs (meetings, contributions and members next)."""

from resolvers.community.meetings import MeetingMutations, MeetingQueries
from resolvers.community.sigs import SigMutations, SigQueries
from resolvers.parts import SchemaParts

PARTS = SchemaParts(
    queries=(SigQueries, MeetingQueries), mutations=(SigMutations, MeetingMutations)
)

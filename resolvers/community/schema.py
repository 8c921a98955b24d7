"""What community adds to the schema: SIGs (meetings, contributions and members next)."""

from resolvers.community.cla import ClaMutations
from resolvers.community.contributions import ContributionMutations, ContributionQueries
from resolvers.community.mailing_lists import MailingListMutations, MailingListQueries
from resolvers.community.members import MemberMutations, MemberQueries
from resolvers.community.sigs import SigMutations, SigQueries
from resolvers.parts import SchemaParts

PARTS = SchemaParts(
    queries=(SigQueries, ContributionQueries, MemberQueries, MailingListQueries),
    mutations=(
        SigMutations,
        ContributionMutations,
        MemberMutations,
        ClaMutations,
        MailingListMutations,
    ),
)

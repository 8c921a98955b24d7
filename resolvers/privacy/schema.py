"""What privacy adds to the schema: data-subject requests and their handling by officers."""

from resolvers.parts import SchemaParts
from resolvers.privacy.requests import PrivacyRequestMutations, PrivacyRequestQueries

PARTS = SchemaParts(queries=(PrivacyRequestQueries,), mutations=(PrivacyRequestMutations,))

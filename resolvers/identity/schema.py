"""What identity adds to the schema: accounts, sign-in, identities, MFA, guardians."""

from resolvers.identity.account_changes import AccountChangeMutations
from resolvers.identity.accounts import AccountMutations
from resolvers.identity.completion import CompletionMutations
from resolvers.identity.guardians import PrivacyGuardianMutations
from resolvers.identity.identities import IdentityMutations, IdentityQueries
from resolvers.identity.mfa import MfaMutations
from resolvers.identity.users import UserQueries
from resolvers.parts import SchemaParts

PARTS = SchemaParts(
    queries=(UserQueries, IdentityQueries),
    mutations=(
        AccountMutations,
        IdentityMutations,
        MfaMutations,
        AccountChangeMutations,
        PrivacyGuardianMutations,
        CompletionMutations,
    ),
)

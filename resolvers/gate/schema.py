"""What the gate adds to the schema: consents, policy versions, the register, the gate."""

from resolvers.gate.consent import PrivacyConsentMutations, PrivacyConsentQueries
from resolvers.gate.consent_gate import consent_gate
from resolvers.parts import SchemaParts

PARTS = SchemaParts(
    queries=(PrivacyConsentQueries,),
    mutations=(PrivacyConsentMutations,),
    checks=(consent_gate,),
)

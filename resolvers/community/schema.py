"""What community adds to the schema: SIGs, contributions, members, CLA, mailing lists,
meetups (meetings and recordings come from their own modules)."""

from resolvers.community.cla import ClaMutations
from resolvers.community.contributions import ContributionMutations, ContributionQueries
from resolvers.community.mailing_lists import MailingListMutations, MailingListQueries
from resolvers.community.meetings import MeetingMutations, MeetingQueries
from resolvers.community.meetups import MeetupMutations, MeetupQueries
from resolvers.community.members import MemberMutations, MemberQueries
from resolvers.community.sigs import SigMutations, SigQueries
from resolvers.community.statistics import StatisticsQueries
from resolvers.community.surveys import SurveyMutations, SurveyQueries
from resolvers.parts import SchemaParts

PARTS = SchemaParts(
    queries=(
        SigQueries,
        ContributionQueries,
        MemberQueries,
        MailingListQueries,
        MeetupQueries,
        SurveyQueries,
        StatisticsQueries,
        MeetingQueries,
    ),
    mutations=(
        SigMutations,
        ContributionMutations,
        MemberMutations,
        ClaMutations,
        MailingListMutations,
        MeetupMutations,
        SurveyMutations,
        MeetingMutations,
    ),
)

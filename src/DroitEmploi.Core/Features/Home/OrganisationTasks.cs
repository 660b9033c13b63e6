namespace DroitEmploi.Core.Features.Home;

/// <summary>An EBE direction's work: proposals to answer, next week's schedule to publish, employees' days off over published shifts.</summary>
public sealed record OrganisationTasks(
    int OrganisationId, string OrganisationName, IReadOnlyList<ProposalToAnswer> ProposalsToAnswer,
    string NextWeek, DateOnly NextWeekMonday, bool NextWeekPublished, IReadOnlyList<EmployeeNotice> EmployeeNotices);

namespace DroitEmploi.Core.Features.Transition;

public sealed record RteGrantView(
    int Id, int MemberId, string Holder, GrantKind Kind, string KindLabel, int GridNumber, Household Household, string HouseholdLabel,
    decimal OtherMonthlyIncome, IReadOnlyList<string> Criteria, decimal MonthlyAmount, decimal Total, DateOnly StartsOn, DateOnly EndsOn,
    int Months, int MonthsLeft, decimal LocalCurrencyShare, int? RsaHoursPerYear, DateOnly DecidedOn, string Decision,
    DateOnly? EndedOn, string? EndReason, int? ActivityId, string? Activity, decimal Paid, int Version);

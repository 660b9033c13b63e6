namespace DroitEmploi.Core.Features.Transition;

/// <summary>
/// What an RTE holder reads on their phone: this month's RTE and the part in the local currency, the months left,
/// their last payments, and whether they can ask to join an EBE's waiting list.
/// </summary>
public sealed record HolderView(
    int MemberId, string Name, string Cte, string? LocalCurrency, bool IsMemberToday, IReadOnlyList<RteGrantView> Grants,
    decimal ThisMonth, decimal ThisMonthLocalCurrency, decimal ThisMonthEuros, int MonthsLeft, IReadOnlyList<RtePaymentView> LastPayments,
    bool LinkedToRegistry, bool CanJoinWaitingList, string? SuspendedContract);

namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>What a money line of a KPA records; its sign says whether it adds to or takes from the balance it is on.</summary>
public enum LedgerLineKind
{
    /// <summary>Turnover cashed (collective balance, realised by a cooperant).</summary>
    Turnover,
    /// <summary>A direct cost of an activity (collective balance).</summary>
    DirectCost,
    /// <summary>The portage structure's contribution on gross margin, and its fixed fee (collective balance).</summary>
    Contribution,
    /// <summary>A member's part of a cost the members share, such as the phone line (individual balance).</summary>
    SharedCost,
    /// <summary>The month's result shared: out of the collective balance, into an individual one.</summary>
    Share,
    /// <summary>A transfer decided by the collective between its balance and an individual one.</summary>
    Transfer,
    /// <summary>Pay received through a validated request (individual balance).</summary>
    Pay,
}

namespace DroitEmploi.Core.Features.Transition;

/// <summary>The three kinds of RTE request: a monthly income complement, an investment (a cargo bike), a training.</summary>
public enum GrantKind
{
    IncomeComplement,
    Investment,
    Training,
}

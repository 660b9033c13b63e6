using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Parameters;

/// <summary>
/// A figure set by law or practice that changes over time (SMIC, rates, eligibility thresholds):
/// the value in force on a date is the one whose period contains it.
/// </summary>
public class DatedParameter : TrackedEntity
{
    public int Id { get; set; }
    public string Key { get; set; } = "";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
    public string Source { get; set; } = "";

    /// <summary>Why this value was entered, when it changes the past or corrects another (shown beside it, journaled).</summary>
    public string? Reason { get; set; }

    /// <summary>The value this one corrects: same period, the wrong value withdrawn.</summary>
    public int? CorrectsId { get; set; }

    /// <summary>A withdrawn value stays in the history and the journal, and no computation reads it.</summary>
    public DateTime? WithdrawnAt { get; set; }
    public string? WithdrawnBy { get; set; }
    public string? WithdrawalReason { get; set; }

    public bool IsActive => WithdrawnAt is null;

    public void Withdraw(string? reason, string by, DateTime at)
    {
        if (!IsActive)
        {
            throw new Common.BusinessRuleException("Cette valeur est déjà retirée.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw Common.ValidationFailedException.For("reason", "Écrivez pourquoi cette valeur est retirée ou corrigée.");
        }
        WithdrawnAt = at;
        WithdrawnBy = by;
        WithdrawalReason = reason.Trim();
    }

    public bool IsInForceOn(DateOnly date) => ValidFrom <= date && (ValidTo is null || date <= ValidTo);

    /// <summary>The value in force on a date among a parameter's values; the latest start wins if periods overlap.</summary>
    public static DatedParameter? InForce(IEnumerable<DatedParameter> values, DateOnly date) =>
        values.Where(p => p.IsActive && p.IsInForceOn(date)).OrderByDescending(p => p.ValidFrom).FirstOrDefault();

    /// <summary>The value of a key in force on a date, or a French message telling an administrator what to enter.</summary>
    public static decimal Require(IEnumerable<DatedParameter> values, string key, DateOnly date) =>
        InForce(values.Where(p => p.Key == key), date)?.Value
        ?? throw new Common.BusinessRuleException(
            $"Aucune valeur du paramètre « {ParameterCatalogue.Describe(key).Label} » n'est en vigueur le {date:dd/MM/yyyy}. " +
            "Un·e administrateur·rice doit la saisir avec sa source.");
}

using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Parameters;

/// <summary>A change that rewrites past months is made only once confirmed (confirmPastChanges), with what it rewrites shown.</summary>
public sealed class ParameterChangeNeedsConfirmationException(ParameterChangePreview preview)
    : BusinessRuleException($"Ce changement modifie {preview.Months.Count} mois déjà passés ou en cours"
        + (preview.Statements.Count > 0 ? $" et {preview.Statements.Count} relevé(s) de financement" : "")
        + " : vérifiez-les, puis confirmez.")
{
    public ParameterChangePreview Preview { get; } = preview;

    public override IReadOnlyDictionary<string, object?> Details => new Dictionary<string, object?> { ["preview"] = Preview };
}

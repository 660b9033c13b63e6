using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Parameters;

/// <summary>
/// The active values of one parameter, end to end in time. Adding, correcting and withdrawing a value
/// keep them so: a new value closes the one before it the day before it starts; a withdrawn one gives
/// its period back to the value before it. Nothing is overwritten: a corrected value is withdrawn, with its reason.
/// </summary>
public sealed class ParameterHistory(string key, IReadOnlyList<DatedParameter> values)
{
    private readonly List<DatedParameter> _active = values.Where(v => v.Key == key && v.IsActive).OrderBy(v => v.ValidFrom).ToList();

    public DatedParameter Add(DateOnly from, decimal value, string unit, string source, string? reason)
    {
        if (_active.Any(v => v.ValidFrom == from))
        {
            throw ValidationFailedException.For("validFrom", "Une valeur commence déjà à cette date : corrigez-la plutôt.");
        }
        var next = _active.FirstOrDefault(v => v.ValidFrom > from);
        foreach (var previous in _active.Where(v => v.ValidFrom < from && (v.ValidTo is null || v.ValidTo >= from)))
        {
            previous.ValidTo = from.AddDays(-1);
        }
        var added = new DatedParameter
        {
            Key = key,
            ValidFrom = from,
            ValidTo = next?.ValidFrom.AddDays(-1),
            Value = value,
            Unit = unit,
            Source = source.Trim(),
            Reason = TextInput.Optional(reason),
        };
        _active.Add(added);
        return added;
    }

    /// <summary>The same period with the right value: the wrong one is withdrawn with the reason, the right one points to it.</summary>
    public DatedParameter Correct(DatedParameter wrong, decimal value, string source, string? reason, string by, DateTime at)
    {
        EnsureHeld(wrong);
        wrong.Withdraw(reason, by, at);
        _active.Remove(wrong);
        var corrected = new DatedParameter
        {
            Key = key,
            ValidFrom = wrong.ValidFrom,
            ValidTo = wrong.ValidTo,
            Value = value,
            Unit = wrong.Unit,
            Source = source.Trim(),
            Reason = reason!.Trim(),
            CorrectsId = wrong.Id,
        };
        _active.Add(corrected);
        return corrected;
    }

    /// <summary>A value entered by mistake: withdrawn, and its period returns to the value before it.</summary>
    public void Withdraw(DatedParameter wrong, string? reason, string by, DateTime at)
    {
        EnsureHeld(wrong);
        var previous = _active.LastOrDefault(v => v.ValidFrom < wrong.ValidFrom);
        if (previous is null)
        {
            throw new BusinessRuleException("C'est la première valeur de ce paramètre : corrigez-la plutôt que de la retirer, les calculs en ont besoin.");
        }
        wrong.Withdraw(reason, by, at);
        _active.Remove(wrong);
        if (previous.ValidTo == wrong.ValidFrom.AddDays(-1))
        {
            previous.ValidTo = wrong.ValidTo;
        }
    }

    /// <summary>The value in force on a date once the change is made.</summary>
    public decimal? ValueOn(DateOnly date) => DatedParameter.InForce(_active, date)?.Value;

    private void EnsureHeld(DatedParameter value)
    {
        if (!_active.Contains(value))
        {
            throw new BusinessRuleException("Cette valeur est déjà retirée.");
        }
    }
}

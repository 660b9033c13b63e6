namespace DroitEmploi.Core.Features.Planning;

public sealed record PersonShift(DateOnly Date, string Activity, string Slot, int Minutes, TimeOnly? Start = null)
{
    public TimeOnly? End => Start?.AddMinutes(Minutes);
}

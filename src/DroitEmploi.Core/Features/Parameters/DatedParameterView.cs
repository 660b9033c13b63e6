namespace DroitEmploi.Core.Features.Parameters;

public sealed record DatedParameterView(
    int Id, string Key, string Label, string Unit, DateOnly ValidFrom, DateOnly? ValidTo, decimal Value, string Source,
    string? Reason = null, int? CorrectsId = null, DateTime? WithdrawnAt = null, string? WithdrawnBy = null, string? WithdrawalReason = null)
{
    public bool IsActive => WithdrawnAt is null;
}

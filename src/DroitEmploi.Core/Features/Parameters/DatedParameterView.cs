namespace DroitEmploi.Core.Features.Parameters;

public sealed record DatedParameterView(int Id, string Key, string Label, string Unit, DateOnly ValidFrom, DateOnly? ValidTo, decimal Value, string Source);

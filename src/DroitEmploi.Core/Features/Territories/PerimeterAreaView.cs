namespace DroitEmploi.Core.Features.Territories;

public sealed record PerimeterAreaView(AreaKind Kind, string Name, string? InseeCode, string? Commune);

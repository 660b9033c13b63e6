namespace DroitEmploi.Core.Features.Employment;

public sealed record MonthCount(string Month, int Hires, int Exits, decimal Etp);

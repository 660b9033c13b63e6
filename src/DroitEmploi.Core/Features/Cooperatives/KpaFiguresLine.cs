namespace DroitEmploi.Core.Features.Cooperatives;

/// <summary>A KPA in the cooperatives' figures: its cooperants today and the turnover cashed in the year.</summary>
public sealed record KpaFiguresLine(int Id, string Name, string? City, KpaFigures Figures, decimal Turnover);

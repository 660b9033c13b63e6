namespace DroitEmploi.Core.Features.Territories;

public sealed record TerritorySummary(
    int Id, string Name, string? Department, DateOnly? HabilitationDate, int? Population,
    int CommuneCount, int QuartierCount, AmbitionView? NextAmbition);

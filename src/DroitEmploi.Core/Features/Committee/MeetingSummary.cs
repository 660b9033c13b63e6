namespace DroitEmploi.Core.Features.Committee;

public sealed record MeetingSummary(int Id, DateTime HeldAt, string? Place, int AgendaItems, int Present, int Decisions);

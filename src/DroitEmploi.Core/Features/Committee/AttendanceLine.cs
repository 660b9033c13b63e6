namespace DroitEmploi.Core.Features.Committee;

/// <summary>One meeting of a committee the reader sat on, and whether they were there.</summary>
public sealed record AttendanceLine(int MeetingId, int TerritoryId, DateTime HeldAt, string? Place, string College, bool Present);

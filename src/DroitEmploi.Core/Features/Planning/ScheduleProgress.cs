namespace DroitEmploi.Core.Features.Planning;

/// <summary>
/// Where a computation stands, read from the schedule's row alone: what the board polls every second while the
/// optimiser runs, instead of the whole week (which rebuilds the problem and checks every rule). <see cref="Shifts"/>
/// counts the shifts of the best week saved so far: the board reads that week when it changes.
/// </summary>
public sealed record ScheduleProgress(int Id, ScheduleStatus Status, int Progress, long? Objective, long? BestBound, string? Message, int Version, int Shifts);

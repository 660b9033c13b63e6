namespace DroitEmploi.Core.Features.Transition;

public sealed record FollowUpView(int Milestone, DateOnly DueOn, bool Due, SpinOffFollowUp? Recorded);

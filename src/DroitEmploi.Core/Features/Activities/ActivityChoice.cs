namespace DroitEmploi.Core.Features.Activities;

/// <summary>An activity record a contract or a hire can name: the organisation's records still running or under review.</summary>
public sealed record ActivityChoice(int Id, string Name, string? Division, IReadOnlyList<string> Tags, ActivityStatus Status)
{
    public static ActivityChoice Of(Activity activity) => new(activity.Id, activity.Name, activity.Division, activity.Tags, activity.Status);
}

namespace DroitEmploi.Core.Features.Activities;

/// <summary>
/// The activity records a person's wishes ("tonte", "Cuisines") stand for at an organisation: a wish
/// matches a record whose name or one of whose tags is the same tag (accents, case and plurals aside).
/// The hire dialog proposes them and the demo data names its contracts with them.
/// </summary>
public static class WishMatch
{
    public static ActivityChoice? For(IReadOnlyList<ActivityChoice> choices, string wish)
    {
        var key = TagKey.Of(wish);
        return choices.FirstOrDefault(c => TagKey.Of(c.Name) == key) ?? choices.FirstOrDefault(c => c.Tags.Any(t => TagKey.Of(t) == key));
    }

    /// <summary>The matched records' names, each once, in the order of the wishes.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<ActivityChoice> choices, IEnumerable<string> wishes) =>
        wishes.Select(w => For(choices, w)?.Name).OfType<string>().Distinct().ToList();

    /// <summary>The wishes no record stands for: the EBE may propose them as new activities.</summary>
    public static IReadOnlyList<string> Unmatched(IReadOnlyList<ActivityChoice> choices, IEnumerable<string> wishes) =>
        wishes.Where(w => For(choices, w) is null).ToList();
}

using DroitEmploi.Planning;
using DroitEmploi.Planning.Columns;

namespace DroitEmploi.UnitTests.Planning.Columns;

public class LabelPricingTests
{
    private const int Days = 14;

    private static readonly List<ShiftType> Shifts = [new("E", 480, []), new("L", 480, ["E"]), new("N", 600, ["E", "L"])];

    // Works 6 to 9 shifts, at most 4 days in a row, blocks of at least 2 days off, 1 weekend, at most 2 nights, never on day 3.
    private static readonly RosterEmployee Person = new("A", 6 * 480, 9 * 480,
        new Dictionary<string, int> { ["N"] = 2 }, 4, 2, 2, 1, new HashSet<int> { 3 }, new HashSet<string>());

    private static readonly RosterProblem Alone = new(Days, Shifts, [Person], [], []);

    private static LabelPricing Pricing(RosterEmployee person) =>
        new(Alone with { Employees = [person] }, person,
            from d in Enumerable.Range(0, Days) where !person.DaysOff.Contains(d) from s in Enumerable.Range(0, Shifts.Count) select (d, s));

    // 200 price vectors per day and shift type, each between −33 and 20.
    private static IEnumerable<double[]> RandomPrices(int seed)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 200; trial++)
        {
            yield return Enumerable.Range(0, Days * Shifts.Count).Select(_ => random.Next(-100, 60) / 3.0).ToArray();
        }
    }

    [Fact]
    public void The_schedule_found_for_any_prices_keeps_every_rule_and_costs_what_it_says()
    {
        var pricing = Pricing(Person);
        foreach (var price in RandomPrices(seed: 7))
        {
            var found = pricing.Cheapest(price);

            Assert.NotNull(found);
            var (shiftOnDay, total) = found.Value;
            var assignments = Enumerable.Range(0, Days).Where(d => shiftOnDay[d] >= 0).Select(d => new Assignment("A", d, Shifts[shiftOnDay[d]].Id)).ToList();
            Assert.Empty(RosterChecker.Check(Alone, assignments).Violations);
            Assert.Equal(Enumerable.Range(0, Days).Where(d => shiftOnDay[d] >= 0).Sum(d => price[d * Shifts.Count + shiftOnDay[d]]), total, 6);
        }
    }

    [Fact]
    public void The_cheapest_schedule_is_found_when_no_shift_type_is_limited()
    {
        // Only early shifts, each paying 10, except a better-paid Wednesday: the most shifts the rules allow, Wednesday included.
        var person = Person with { MaxShifts = new Dictionary<string, int> { ["L"] = 0, ["N"] = 0 }, DaysOff = new HashSet<int>() };
        var price = new double[Days * Shifts.Count];
        for (var d = 0; d < Days; d++)
        {
            price[d * Shifts.Count] = d == 2 ? -50 : -10;
        }

        var found = Pricing(person with { }).Cheapest(price);

        Assert.NotNull(found);
        Assert.Equal(9, found.Value.ShiftOnDay.Count(s => s >= 0));
        Assert.Equal(0, found.Value.ShiftOnDay[2]);
        Assert.Equal(-50 - 8 * 10, found.Value.Price);
    }

    [Fact]
    public void No_schedule_is_returned_when_the_chosen_hours_cannot_be_worked()
    {
        // Six shifts are needed but only five days are workable.
        var person = Person with { DaysOff = Enumerable.Range(5, Days - 5).ToHashSet() };

        Assert.Null(Pricing(person).Cheapest(new double[Days * Shifts.Count]));
    }

    [Fact]
    public void Asked_for_a_schedule_below_a_price_it_finds_the_cheapest_when_it_is_below_and_nothing_otherwise()
    {
        var pricing = Pricing(Person);
        foreach (var price in RandomPrices(seed: 11))
        {
            var cheapest = pricing.Cheapest(price)!.Value.Price;

            var below = pricing.Cheapest(price, below: cheapest + 0.5);

            Assert.NotNull(below);
            Assert.Equal(cheapest, below.Value.Price, 6);
            Assert.Null(pricing.Cheapest(price, below: cheapest));
        }
    }

    [Fact]
    public void The_cheapest_schedule_through_each_choice_is_what_forcing_that_choice_gives()
    {
        var pricing = Pricing(Person);
        // Far more than any schedule's price: a schedule that pays it for a choice loses to any that does not.
        const double Forcing = 10_000;
        foreach (var price in RandomPrices(seed: 13).Take(40))
        {
            var through = pricing.CheapestThrough(price, below: double.PositiveInfinity);

            for (var d = 0; d < Days; d++)
            {
                for (var choice = -1; choice < Shifts.Count; choice++)
                {
                    var forced = (double[])price.Clone();
                    for (var s = 0; s < Shifts.Count; s++)
                    {
                        forced[d * Shifts.Count + s] += s == choice ? -Forcing : choice < 0 ? Forcing : 0;
                    }
                    var found = pricing.Cheapest(forced);
                    var makesIt = found is { } f && f.ShiftOnDay[d] == choice;
                    var expected = makesIt ? found!.Value.Price + (choice >= 0 ? Forcing : 0) : double.PositiveInfinity;
                    Assert.Equal(expected, through[d * (Shifts.Count + 1) + choice + 1], 6);
                }
            }
        }
    }

    [Fact]
    public void Asked_for_the_choices_below_a_price_it_prices_those_exactly_and_no_other_below_it()
    {
        var pricing = Pricing(Person);
        foreach (var price in RandomPrices(seed: 17).Take(40))
        {
            var all = pricing.CheapestThrough(price, below: double.PositiveInfinity);
            var below = all.Where(double.IsFinite).Min() + 5;

            var kept = pricing.CheapestThrough(price, below);

            for (var i = 0; i < all.Length; i++)
            {
                if (all[i] < below)
                {
                    Assert.Equal(all[i], kept[i], 6);
                }
                else
                {
                    Assert.True(kept[i] >= below, $"choice {i}: {kept[i]} is below {below}, its cheapest schedule costs {all[i]}");
                }
            }
        }
    }
}

namespace DroitEmploi.Planning;

public sealed record SolveOptions
{
    /// <summary>Employee × shift-type pairs from which a model counts as large.</summary>
    public const int LargeModel = 200;

    /// <summary>
    /// The settings measured best on the Curtois–Qu instances at 60 s on 2 cores (docs/decisions/0005):
    /// a quarter of the time for CP-SAT on the whole model — 8 workers on small and mid-size models,
    /// whose bounds prove the small ones optimal, 2 on large ones, where the 8 do not find a good
    /// first schedule in time —, then searches from its best schedule, one per core, sharing what
    /// they find: a column generation and large-neighbourhood searches with one CP-SAT worker each.
    /// </summary>
    /// <remarks>
    /// On the largest models whose people have the most choices (<see cref="Columns.RuinAndRecreate.Pays"/>:
    /// Curtois 13 and 20–24) the first search is person by person, in the column generation's place,
    /// from the construction's schedule, with no CP-SAT phase on the whole model: loading the model
    /// took most of the minute there (Instance 24: 90 s for a 14 s share). On the very largest all
    /// searches are (<see cref="Columns.RuinAndRecreate.Searches"/>).
    /// </remarks>
    public static SolveOptions Recommended(RosterProblem problem, TimeSpan timeLimit)
    {
        var searches = Math.Clamp(Environment.ProcessorCount, 1, 8);
        var personSearches = Columns.RuinAndRecreate.Searches(problem, searches);
        return new()
        {
            TimeLimit = timeLimit,
            Workers = problem.Employees.Count * problem.Shifts.Count >= LargeModel ? 2 : 8,
            LnsShare = personSearches > 0 ? 1 : 0.75,
            LnsWorkers = 1,
            LnsSearches = searches,
            ColumnGeneration = true,
            PersonSearches = personSearches,
        };
    }

    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);
    public int Workers { get; init; } = 2;
    public int? RandomSeed { get; init; }
    /// <summary>
    /// Spend this share of the time limit improving the best schedule by a large-neighbourhood
    /// search (0 for none), after CP-SAT's portfolio on the whole model; with 1, CP-SAT runs on the
    /// whole model only when the construction found no first schedule.
    /// </summary>
    public double LnsShare { get; init; }

    /// <summary>CP-SAT workers for each step of the large-neighbourhood search.</summary>
    public int LnsWorkers { get; init; } = 1;

    /// <summary>Large-neighbourhood searches run side by side, sharing the best schedule.</summary>
    public int LnsSearches { get; init; } = 1;

    /// <summary>
    /// Whether one of the searches side by side (when there are at least two) is a column generation
    /// whose dives offer their schedules to the others.
    /// </summary>
    public bool ColumnGeneration { get; init; }

    /// <summary>
    /// How many of the searches side by side, from the first, are person-by-person searches
    /// (<see cref="Columns.RuinAndRecreate"/>) instead of what they would be.
    /// </summary>
    public int PersonSearches { get; init; }

    /// <summary>Further CP-SAT parameters in text form ("linearization_level:2"), for experiments.</summary>
    public string? ExtraParameters { get; init; }
    /// <summary>A schedule to start from (last week's, or a hand-made one); it need not be feasible.</summary>
    public IReadOnlyList<Assignment>? Hint { get; init; }
    /// <summary>Called with each better schedule found.</summary>
    public Action<SolveProgress>? OnProgress { get; init; }
}

using DroitEmploi.Core.Common;
using DroitEmploi.Core.Data;

namespace DroitEmploi.Core.Features.People;

/// <summary>A volunteer "personne privée durablement d'emploi" (PPDE) on a territory's list.</summary>
public class Person : TrackedEntity, IBelongsToTerritory
{
    public int Id { get; set; }
    public int TerritoryId { get; set; }
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public DateOnly? LivesInTerritorySince { get; set; }
    public bool InPerimeter { get; set; }
    public DateOnly? DeprivedOfEmploymentSince { get; set; }
    public bool FranceTravailRegistered { get; set; }
    public IncomeSupport IncomeSupport { get; set; }
    public List<string> Skills { get; set; } = [];
    public List<string> WishedActivities { get; set; } = [];
    public int? WeeklyHoursWished { get; set; }
    public List<DayOfWeek> UnavailableDays { get; set; } = [];
    public string? Mobility { get; set; }
    /// <summary>Fixes the hiring order: earlier candidacies are proposed first; ties go by registration (Id).</summary>
    public DateOnly CandidacyDate { get; set; }
    public bool ConsentGiven { get; set; }
    public PathState State { get; set; } = PathState.Candidate;
    public DateTime StateSince { get; set; }
    public DateTime? AnonymisedAt { get; set; }
    /// <summary>Folded last name, first name and birth date: what makes two records the same person.</summary>
    public string DuplicateKey { get; set; } = "";
    public string SearchText { get; set; } = "";
    /// <summary>
    /// Set while an import job is writing this record: nobody sees it until the job ends, and a
    /// cancelled or interrupted job removes it (all or nothing, without holding the database).
    /// </summary>
    public int? ImportJobId { get; set; }

    public List<EligibilityDecision> EligibilityDecisions { get; set; } = [];
    public List<PathTransition> Transitions { get; set; } = [];

    public static string DuplicateKeyFor(string lastName, string firstName, DateOnly birthDate) =>
        $"{Common.SearchText.Fold(lastName)}|{Common.SearchText.Fold(firstName)}|{birthDate:yyyy-MM-dd}";

    /// <summary>
    /// Which moves a person may make by hand: withdraw (not once hired), be oriented elsewhere from the list, or come back
    /// to it — keeping the original candidacy date, so the person finds their place again.
    /// </summary>
    public void EnsureCanMoveTo(PathState to)
    {
        var allowed = to switch
        {
            PathState.Withdrawn => State is not PathState.Withdrawn and not PathState.Hired,
            PathState.Oriented => State is PathState.Candidate or PathState.Eligible or PathState.Ineligible,
            PathState.Eligible => State is PathState.Withdrawn or PathState.Oriented && HasFavourableDecision,
            PathState.Candidate => State is PathState.Withdrawn or PathState.Oriented,
            _ => false,
        };
        if (!allowed)
        {
            throw new BusinessRuleException(
                $"Impossible de passer de « {State.French()} » à « {to.French()} »." +
                (to == PathState.Eligible ? " Le retour sur la liste d'attente suppose une décision d'éligibilité favorable." : ""));
        }
    }

    private bool HasFavourableDecision => EligibilityDecisions.OrderBy(d => d.DecidedAt).LastOrDefault()?.Eligible == true;

    /// <summary>
    /// A person oriented to a KPA or an RTE asks to join an EBE: back on the waiting list with the original candidacy date
    /// if found eligible last time, otherwise back as a candidate whose eligibility the CLE decides.
    /// </summary>
    public PathState ReturnToList(string by, DateTime at, string reason)
    {
        EnsureNotAnonymised();
        if (State != PathState.Oriented)
        {
            throw new BusinessRuleException($"La personne est « {State.French()} » dans le registre : elle n'a pas à revenir sur la liste d'attente.");
        }
        var to = HasFavourableDecision ? PathState.Eligible : PathState.Candidate;
        MoveTo(to, by, at, reason);
        return to;
    }

    /// <summary>A move along the path, logged with who, when and why; <see cref="EnsureCanMoveTo"/> says which moves are allowed by hand.</summary>
    public void MoveTo(PathState to, string by, DateTime at, string? reason, Orientation? orientation = null, int? organisationId = null)
    {
        Transitions.Add(new PathTransition
        {
            From = State,
            To = to,
            At = at,
            By = by,
            Reason = reason,
            Orientation = orientation,
            OrganisationId = organisationId,
        });
        State = to;
        StateSince = at;
    }

    /// <summary>Takes the registry form's values, trimmed, with the keys that find duplicates and searches.</summary>
    public void Update(PersonInput input)
    {
        FirstName = input.FirstName.Trim();
        LastName = input.LastName.Trim();
        BirthDate = input.BirthDate!.Value;
        Sex = input.Sex;
        Email = TextInput.Optional(input.Email);
        Phone = TextInput.Optional(input.Phone);
        Street = TextInput.Optional(input.Street);
        PostalCode = TextInput.Optional(input.PostalCode);
        City = TextInput.Optional(input.City);
        LivesInTerritorySince = input.LivesInTerritorySince;
        InPerimeter = input.InPerimeter;
        DeprivedOfEmploymentSince = input.DeprivedOfEmploymentSince;
        FranceTravailRegistered = input.FranceTravailRegistered;
        IncomeSupport = input.IncomeSupport;
        Skills = TextInput.DistinctList(input.Skills);
        WishedActivities = TextInput.DistinctList(input.WishedActivities);
        WeeklyHoursWished = input.WeeklyHoursWished;
        UnavailableDays = input.UnavailableDays.Distinct().Order().ToList();
        Mobility = TextInput.Optional(input.Mobility);
        CandidacyDate = input.CandidacyDate!.Value;
        ConsentGiven = input.ConsentGiven;
        DuplicateKey = DuplicateKeyFor(LastName, FirstName, BirthDate);
        SearchText = Common.SearchText.Join([LastName, FirstName, City, Email, .. WishedActivities, .. Skills]);
    }

    /// <summary>
    /// The CLE's decision on eligibility, with what it saw: at least one piece of evidence or a comment,
    /// never the same decision twice on the same day (a second click), never once the person is
    /// proposed or hired. The person moves to eligible or not eligible accordingly.
    /// </summary>
    public void RecordEligibilityDecision(EligibilityDecision decision, Func<DateTime, DateOnly> dayOf)
    {
        EnsureNotAnonymised();
        if (State is PathState.Proposed or PathState.Hired)
        {
            throw new BusinessRuleException($"La personne est « {State.French()} » : son éligibilité n'est plus à décider.");
        }
        if (decision.Evidence.Count == 0 && string.IsNullOrWhiteSpace(decision.Comment))
        {
            throw ValidationFailedException.For("evidence", "Cochez au moins une pièce vue, ou écrivez un commentaire qui dit sur quoi repose la décision.");
        }
        var day = dayOf(decision.DecidedAt);
        if (EligibilityDecisions.Any(d => d.Eligible == decision.Eligible && dayOf(d.DecidedAt) == day))
        {
            throw new BusinessRuleException($"La même décision (« {(decision.Eligible ? "éligible" : "non éligible")} ») a déjà été enregistrée aujourd'hui pour cette personne.");
        }
        EligibilityDecisions.Add(decision);
        var target = decision.Eligible ? PathState.Eligible : PathState.Ineligible;
        if (State is PathState.Candidate or PathState.Eligible or PathState.Ineligible && State != target)
        {
            MoveTo(target, decision.DecidedBy, decision.DecidedAt, decision.Eligible ? "Éligibilité validée par le CLE" : "Non éligible selon le CLE");
        }
    }

    /// <summary>What the eligibility conditions look at, as the registry says today.</summary>
    public EligibilityFacts Situation => new(DeprivedOfEmploymentSince, LivesInTerritorySince, InPerimeter);

    /// <summary>An anonymised record is closed: nothing about the person can be written again.</summary>
    public void EnsureNotAnonymised()
    {
        if (AnonymisedAt is not null)
        {
            throw new BusinessRuleException("Cette personne a été anonymisée : sa fiche ne peut plus être modifiée.");
        }
    }

    /// <summary>
    /// The right to be forgotten, once: identity, contact and free text are erased; what the statistics
    /// need (sex, birth year, dates, path) stays. Copies elsewhere (contracts, proposals, the journal)
    /// are the service's to erase.
    /// </summary>
    public void Anonymise(DateTime at)
    {
        EnsureNotAnonymised();
        FirstName = "Anonyme";
        LastName = $"Personne n° {Id}";
        BirthDate = new DateOnly(BirthDate.Year, 7, 1);
        Email = null;
        Phone = null;
        Street = null;
        Skills = [];
        WishedActivities = [];
        Mobility = null;
        AnonymisedAt = at;
        DuplicateKey = $"anonyme|{Id}";
        SearchText = "";
        foreach (var decision in EligibilityDecisions)
        {
            decision.Comment = null;
        }
        foreach (var transition in Transitions)
        {
            transition.Reason = transition.Reason is null ? null : "(anonymisé)";
        }
    }
}

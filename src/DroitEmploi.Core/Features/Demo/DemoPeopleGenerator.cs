using DroitEmploi.Core.Features.People;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// Fictitious volunteers for the demo: the same people every time (fixed seed, fixed reference date),
/// in every state of the path, in proportions close to the national figures (54 % women, most aged
/// 43 to 61), hired mostly in the order of their candidacy, with a few written deviations.
/// </summary>
public static class DemoPeopleGenerator
{
    public static readonly DateOnly ReferenceDate = new(2026, 10, 31);

    private static readonly string[] WomenNames =
        ["Nadia", "Sylvie", "Fatima", "Sandrine", "Isabelle", "Karima", "Nathalie", "Valérie", "Samia", "Christelle", "Aurélie", "Leïla",
         "Sophie", "Martine", "Yasmina", "Céline", "Brigitte", "Malika", "Stéphanie", "Corinne", "Amina", "Véronique", "Laetitia", "Rachida"];

    private static readonly string[] MenNames =
        ["Malik", "Karim", "Ludovic", "Jordan", "Jean-Luc", "Frédéric", "Anthony", "Mohamed", "Thierry", "Pascal", "Rachid", "Sébastien",
         "Didier", "Mickaël", "Youssef", "Patrick", "Franck", "Hakim", "Grégory", "Bruno", "Nordine", "Olivier", "Cédric", "Samir"];

    private static readonly string[] LastNames =
        ["Lefebvre", "Dubois", "Lemaire", "Delattre", "Bensaïd", "Duhamel", "Caron", "Vasseur", "Leroy", "Dupont", "Mercier", "Haddad",
         "Lambert", "Descamps", "Boulanger", "Deprez", "Cordier", "Moreau", "Benali", "Fontaine", "Carlier", "Petit", "Vandamme", "Lecomte",
         "Martin", "Bernard", "Dumont", "Roussel", "Delmotte", "Ouali", "Lefort", "Bouchez", "Leclercq", "Hamdi", "Wattiez", "Dervaux"];

    private static readonly string[] Activities =
        ["réemploi", "friperie", "repair café", "ressourcerie", "maraîchage", "cuisine", "épicerie solidaire", "conciergerie",
         "petits travaux", "tonte", "couture", "accompagnement numérique", "livraison à vélo", "entretien d'espaces verts", "blanchisserie"];

    private static readonly string[] Skills =
        ["bricolage", "cuisine", "couture", "jardinage", "informatique", "conduite", "accueil", "ménage", "peinture", "mécanique", "garde d'enfants"];

    private static readonly string[] OutOfOrderReasons =
    [
        "La personne en tête de liste souhaite uniquement des matinées, que l'EBE ne peut pas encore proposer ; elle garde sa place.",
        "La personne en tête de liste est en formation jusqu'à la fin du mois et a demandé à être proposée à son retour.",
        "La personne en tête de liste n'a pas pu être jointe malgré trois appels et un courrier ; elle garde sa place.",
    ];

    public sealed record Options(int TerritoryId, int Count, DateOnly FirstCandidacy, DateOnly FirstProposal, IReadOnlyList<int> EmploymentCompanyIds, string[] Cities, string PostalCode, int Seed);

    public static (List<Person> People, List<Proposal> Proposals) Generate(Options options, DateOnly today)
    {
        var random = new Random(options.Seed);
        var end = today < ReferenceDate ? today : ReferenceDate;
        var span = end.DayNumber - options.FirstCandidacy.DayNumber;
        var candidacies = Enumerable.Range(0, options.Count)
            .Select(_ => options.FirstCandidacy.AddDays(random.Next(span)))
            .Order().ToList();
        var people = new List<Person>();
        var proposals = new List<(Person Person, Proposal Proposal)>();
        for (var i = 0; i < options.Count; i++)
        {
            var share = (double)i / options.Count;
            var person = NewPerson(random, options, candidacies[i], end);
            var target = TargetState(random, share);
            Walk(random, person, target, share, options, end, proposals);
            people.Add(person);
        }
        MakeSomeProposalsOutOfOrder(random, proposals);
        return (people, proposals.Select(p => p.Proposal).ToList());
    }

    private static Person NewPerson(Random random, Options options, DateOnly candidacy, DateOnly end)
    {
        var female = random.NextDouble() < 0.54;
        var age = AgeAtCandidacy(random);
        var birth = candidacy.AddYears(-age).AddDays(-random.Next(365));
        var deprivedYears = random.NextDouble() < 0.12 ? 0 : random.Next(1, 9);
        var deprivedSince = candidacy.AddYears(-deprivedYears).AddDays(-random.Next(30, 300));
        var livesSince = random.NextDouble() < 0.08 ? candidacy.AddDays(-random.Next(20, 150)) : candidacy.AddYears(-random.Next(1, 30));
        var first = female ? WomenNames[random.Next(WomenNames.Length)] : MenNames[random.Next(MenNames.Length)];
        var last = LastNames[random.Next(LastNames.Length)];
        var input = new PersonInput
        {
            FirstName = first,
            LastName = last,
            BirthDate = birth,
            Sex = female ? Sex.Female : Sex.Male,
            Phone = $"06 {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}",
            City = options.Cities[random.Next(options.Cities.Length)],
            PostalCode = options.PostalCode,
            LivesInTerritorySince = livesSince < birth ? birth : livesSince,
            InPerimeter = random.NextDouble() < 0.95,
            DeprivedOfEmploymentSince = deprivedSince > end ? end : deprivedSince,
            FranceTravailRegistered = random.NextDouble() < 0.6,
            IncomeSupport = (IncomeSupport)Pick(random, [0.25, 0.45, 0.12, 0.08, 0.08, 0.02]),
            WishedActivities = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Activities[random.Next(Activities.Length)]).Distinct().ToList(),
            Skills = Enumerable.Range(0, random.Next(0, 3)).Select(_ => Skills[random.Next(Skills.Length)]).Distinct().ToList(),
            WeeklyHoursWished = new[] { 20, 24, 26, 28, 30, 32, 35, 35 }[random.Next(8)],
            UnavailableDays = random.NextDouble() < 0.3 ? [DayOfWeek.Wednesday] : [],
            CandidacyDate = candidacy,
            ConsentGiven = true,
        };
        var person = new Person { TerritoryId = options.TerritoryId, State = PathState.Candidate };
        person.Update(input);
        person.StateSince = At(candidacy);
        person.Transitions.Add(new PathTransition { From = PathState.Candidate, To = PathState.Candidate, At = At(candidacy), By = "données de démonstration", Reason = "Inscription" });
        return person;
    }

    // Under 26 about 5 %, 26–42 about 30 %, 43–61 about 58 %, 62 and over the rest.
    private static int AgeAtCandidacy(Random random) => Pick(random, [0.05, 0.30, 0.58, 0.07]) switch
    {
        0 => random.Next(18, 26),
        1 => random.Next(26, 43),
        2 => random.Next(43, 62),
        _ => random.Next(62, 66),
    };

    private static PathState TargetState(Random random, double share) => share switch
    {
        < 0.40 => (PathState)Choose(random, [(PathState.Hired, 0.82), (PathState.Oriented, 0.1), (PathState.Withdrawn, 0.08)]),
        < 0.45 => PathState.Proposed,
        < 0.85 => (PathState)Choose(random, [(PathState.Eligible, 0.78), (PathState.Ineligible, 0.08), (PathState.Oriented, 0.08), (PathState.Withdrawn, 0.06)]),
        _ => (PathState)Choose(random, [(PathState.Candidate, 0.85), (PathState.Withdrawn, 0.15)]),
    };

    private static void Walk(Random random, Person person, PathState target, double share, Options options, DateOnly end, List<(Person, Proposal)> proposals)
    {
        if (target is PathState.Candidate)
        {
            return;
        }
        var day = Min(person.CandidacyDate.AddDays(random.Next(14, 60)), end);
        if (target == PathState.Withdrawn && random.NextDouble() < 0.5)
        {
            Step(person, PathState.Withdrawn, day, "A déménagé hors du territoire.");
            return;
        }
        var eligible = target != PathState.Ineligible;
        person.EligibilityDecisions.Add(new EligibilityDecision
        {
            AssessedOn = day,
            ProposedEligible = eligible,
            ProposalReasons = [eligible ? "Conditions remplies." : "Il manque des mois de privation d'emploi."],
            Eligible = eligible,
            Evidence = [EvidenceKind.FranceTravailHistory, EvidenceKind.ProofOfAddress],
            DecidedBy = "données de démonstration",
            DecidedAt = At(day),
        });
        Step(person, eligible ? PathState.Eligible : PathState.Ineligible, day, eligible ? "Éligibilité validée par le CLE" : "Non éligible selon le CLE");
        switch (target)
        {
            case PathState.Oriented:
                var orientation = (Orientation)random.Next(0, 5);
                Step(person, PathState.Oriented, Min(day.AddDays(random.Next(20, 200)), end), $"Orientation : {orientation.French()}", orientation);
                break;
            case PathState.Withdrawn:
                Step(person, PathState.Withdrawn, Min(day.AddDays(random.Next(20, 200)), end), "A retrouvé un emploi par ses propres moyens.");
                break;
            case PathState.Proposed or PathState.Hired:
                var organisationId = options.EmploymentCompanyIds[random.Next(options.EmploymentCompanyIds.Count)];
                // Hires follow the candidacy order, from the EBE's opening until today.
                var opening = options.FirstProposal.DayNumber;
                var inOrder = DateOnly.FromDayNumber(opening + (int)(Math.Min(share / 0.45, 1) * (end.DayNumber - opening - 50)) + random.Next(0, 20));
                var proposedOn = Min(inOrder > day ? inOrder : day.AddDays(random.Next(7, 30)), end);
                var proposal = new Proposal
                {
                    TerritoryId = options.TerritoryId,
                    Person = person,
                    OrganisationId = organisationId,
                    ProposedAt = At(proposedOn),
                    ProposedBy = "données de démonstration",
                    Position = 1,
                    Outcome = ProposalOutcome.Pending,
                };
                Step(person, PathState.Proposed, proposedOn, "Proposé·e dans l'ordre de la liste", organisationId: organisationId);
                if (target == PathState.Hired)
                {
                    var hiredOn = Min(proposedOn.AddDays(random.Next(7, 30)), end);
                    proposal.Outcome = ProposalOutcome.Hired;
                    proposal.OutcomeAt = At(hiredOn);
                    Step(person, PathState.Hired, hiredOn, "Embauche en CDI", organisationId: organisationId);
                }
                proposals.Add((person, proposal));
                break;
        }
    }

    /// <summary>A few proposals jumped the order, each with the reason the CLE was given.</summary>
    private static void MakeSomeProposalsOutOfOrder(Random random, List<(Person Person, Proposal Proposal)> proposals)
    {
        foreach (var (person, proposal) in proposals.Where(_ => random.NextDouble() < 0.05))
        {
            proposal.Position = random.Next(2, 4);
            proposal.OutOfOrderReason = OutOfOrderReasons[random.Next(OutOfOrderReasons.Length)];
            person.Transitions.Single(t => t.To == PathState.Proposed).Reason =
                $"Proposé·e hors de l'ordre (position {proposal.Position}) : {proposal.OutOfOrderReason}";
        }
    }

    private static void Step(Person person, PathState to, DateOnly on, string reason, Orientation? orientation = null, int? organisationId = null)
    {
        person.Transitions.Add(new PathTransition
        {
            From = person.State,
            To = to,
            At = At(on),
            By = "données de démonstration",
            Reason = reason,
            Orientation = orientation,
            OrganisationId = organisationId,
        });
        person.State = to;
        person.StateSince = At(on);
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    private static object Choose(Random random, (PathState State, double Weight)[] choices) =>
        choices[Pick(random, choices.Select(c => c.Weight).ToArray())].State;
}

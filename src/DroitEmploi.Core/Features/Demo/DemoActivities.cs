using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Activities;
using DroitEmploi.Core.Features.Committee;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// The seeds' activities and committees: La Barakajobs' divisions and what they do, the committee of
/// Valenciennes (fictitious names) with its colleges, meetings and decisions, a review under way, an
/// objection from the Garage solidaire, La Fabrique de l'Emploi's poles and its past objection, and
/// needs of the territory reported by employees.
/// </summary>
internal static class DemoActivities
{
    private const string By = "données de démonstration";
    private static readonly ActivitySettings Settings = new();

    public static async Task SeedAsync(AppDbContext db, int valenciennes, int lille, IReadOnlyDictionary<string, int> ids, DateOnly today, CancellationToken cancellationToken)
    {
        var barakajobs = ids["barakajobs"];
        var fabrique = ids["fabrique"];

        // The committee of Valenciennes, chaired by an elected official.
        var members = Members(valenciennes, ids);
        // The demo CLE member's account sits in the volunteers' seat: "Ma présence" shows its meetings.
        members.Single(m => m.College == Colleges.Default[7]).AccountId =
            await db.Users.Where(u => u.Email == DemoAccounts.ValenciennesMember).Select(u => u.Id).SingleAsync(cancellationToken);
        db.CommitteeMembers.AddRange(members);
        await db.SaveChangesAsync(cancellationToken);
        var rules = new CommitteeRules { TerritoryId = valenciennes, QuorumShare = 0.5m };
        db.CommitteeRules.Add(rules);
        var meetings = new[]
        {
            Meeting(valenciennes, new DateTime(2023, 6, 12, 16, 0, 0, DateTimeKind.Utc), "Hôtel de ville de Valenciennes", members, 7),
            Meeting(valenciennes, new DateTime(2024, 9, 23, 16, 0, 0, DateTimeKind.Utc), "Centre social Le Phare", members, 6),
            Meeting(valenciennes, At(today.AddMonths(-5)), "Hôtel de ville de Valenciennes", members, 6),
        };
        db.CommitteeMeetings.AddRange(meetings);
        await db.SaveChangesAsync(cancellationToken);

        var activities = new Dictionary<string, Activity>
        {
            ["Friperie"] = Propose(barakajobs, valenciennes, "Réemploi", "Friperie", "47.79Z", ["friperie", "textile", "réemploi"],
                "Vêtements donnés, triés et revendus à petit prix à la boutique du Faubourg de Lille.", "Habitant·es du quartier", "Boutique, Faubourg de Lille",
                "Prix solidaires, fixés avec les associations caritatives voisines", ProposerKind.Volunteer, "Volontaires du centre social Le Phare"),
            ["Ordinateurs reconditionnés"] = Propose(barakajobs, valenciennes, "Réemploi", "Ordinateurs reconditionnés", "95.11Z", ["informatique", "reconditionnement", "réemploi"],
                "Ordinateurs donnés par la mairie et la CAF, remis en état et prêtés ou vendus aux familles.", "Familles, associations", "Atelier de La Barakajobs",
                "Prix couvrant les pièces", ProposerKind.Organisation, null),
            ["Tonte et petits travaux"] = Propose(barakajobs, valenciennes, "Services", "Tonte et petits travaux", "81.30Z", ["tonte", "petits travaux"],
                "Tonte des pelouses et petits travaux pour les locataires des logements sociaux qui ne peuvent les faire.", "Locataires âgés ou isolés du bailleur social",
                "Résidences du bailleur social", "Au tarif que le bailleur refacture aux locataires", ProposerKind.Employee, "Salarié·es du pôle services"),
            ["Repassage et blanchisserie"] = Propose(barakajobs, valenciennes, "Services", "Repassage et blanchisserie", "96.01B", ["repassage", "blanchisserie"],
                "Repassage et lavage du linge déposé à la boutique.", "Habitant·es", "Boutique, Faubourg de Lille", "Au kilo, sous le prix des pressings", ProposerKind.Volunteer, "Volontaires"),
            ["Traiteur"] = Propose(barakajobs, valenciennes, "Alimentation", "Traiteur", "56.21Z", ["traiteur", "cuisine"],
                "Buffets pour les associations et les fêtes de quartier, avec les légumes de la légumerie.", "Associations, centres sociaux", "Cuisine partagée",
                "Prix des associations du quartier", ProposerKind.Organisation, null),
            ["Légumerie"] = Propose(barakajobs, valenciennes, "Alimentation", "Légumerie", "10.39A", ["légumerie", "alimentation"],
                "Préparation des légumes invendus pour les cantines et le traiteur.", "Cantines scolaires", "Cuisine partagée", "Au prix du marché de gros", ProposerKind.Organisation, null),
            ["Collecte de compost en porte-à-porte"] = Propose(barakajobs, valenciennes, "Alimentation", "Collecte de compost en porte-à-porte", "38.11Z", ["compost", "biodéchets"],
                "Collecte des épluchures chez les habitant·es à vélo-cargo, pour le compost des jardins partagés.", "Habitant·es en logement collectif", "Quartiers Acacias et Faubourg de Lille",
                "Le même prix que la redevance déchets", ProposerKind.TerritoryNeed, "Besoin signalé par le conseil citoyen"),
            ["Nettoyage de voitures"] = Propose(barakajobs, valenciennes, "Services", "Nettoyage de voitures", "45.20B", ["lavage auto"],
                "Lavage des voitures sur le parking du supermarché.", "Habitant·es", "Parking du centre commercial", null, ProposerKind.Employee, "Salarié·e du pôle services"),
            ["Services aux habitants"] = Propose(fabrique, lille, "Services aux habitants", "Services aux habitants", "88.99B", ["services aux habitants", "petits travaux"],
                "Accompagnement aux courses, petits travaux, aide au déménagement.", "Habitant·es de Loos et Tourcoing", "Loos, Tourcoing", "Prix solidaires", ProposerKind.Organisation, null),
            ["Centre de ressources bois"] = Propose(fabrique, lille, "Réemploi", "Centre de ressources bois", "16.29Z", ["bois", "réemploi", "menuiserie"],
                "Collecte de bois de récupération, revente et ateliers de menuiserie.", "Habitant·es, associations", "Atelier des Oliveaux", "Prix libres pour les associations",
                ProposerKind.Organisation, null),
            ["Agriculture urbaine"] = Propose(fabrique, lille, "Agriculture urbaine", "Agriculture urbaine", "01.13Z", ["maraîchage", "agriculture urbaine"],
                "Maraîchage sur les friches de Loos, légumes vendus au quartier.", "Habitant·es", "Friches des Oliveaux", "Prix du marché de Loos", ProposerKind.Organisation, null),
        };
        db.Activities.AddRange(activities.Values);
        await db.SaveChangesAsync(cancellationToken);

        // 2023: the committee validates what La Barakajobs opens with.
        async Task<CommitteeDecision> DecideAsync(CommitteeMeeting meeting, CommitteeRules committee, IReadOnlyList<CommitteeMember> seats, string text, AgendaKind kind, int? subject,
            DecisionEffect effect, VoteKind vote = VoteKind.Consensus, int? yes = null, int? no = null, int? abstain = null)
        {
            var number = CommitteeDecision.NextNumber(await db.CommitteeDecisions
                .Where(d => d.TerritoryId == meeting.TerritoryId && d.Year == meeting.Day.Year).Select(d => d.Number).ToListAsync(cancellationToken));
            var decision = CommitteeDecision.Take(meeting, seats, committee, number,
                new DecisionInput { Text = text, SubjectKind = kind, SubjectId = subject, Effect = effect, Vote = vote, For = yes, Against = no, Abstentions = abstain });
            db.CommitteeDecisions.Add(decision);
            await db.SaveChangesAsync(cancellationToken);
            return decision;
        }

        var opening = new[] { "Friperie", "Ordinateurs reconditionnés", "Tonte et petits travaux", "Repassage et blanchisserie", "Traiteur", "Légumerie" };
        foreach (var name in opening)
        {
            var activity = activities[name];
            ToReview(activity, meetings[0].HeldAt.AddDays(-30));
            var decision = await DecideAsync(meetings[0], rules, members, $"Le comité constate que l'activité « {name} » ne concurrence aucun emploi existant du territoire et la valide.",
                AgendaKind.ActivityReview, activity.Id, DecisionEffect.ValidateActivity);
            activity.MoveTo(ActivityStatus.Active, decision.Ref, null, By, meetings[0].HeldAt, Settings);
        }
        await DecideAsync(meetings[1], rules, members, "Le comité prend acte des chiffres de l'exhaustivité au 30 juin 2024.", AgendaKind.Figures, null, DecisionEffect.None);
        // 2026: the periodic review renews them for a year.
        foreach (var name in opening)
        {
            var activity = activities[name];
            var decision = await DecideAsync(meetings[2], rules, members, $"Revue annuelle : l'activité « {name} » reste supplémentaire ; elle est reconduite.",
                AgendaKind.ActivityReview, activity.Id, DecisionEffect.ValidateActivity, VoteKind.Majority, 5, 0, 1);
            activity.MoveTo(ActivityStatus.Active, decision.Ref, null, By, meetings[2].HeldAt, Settings);
        }
        await db.SaveChangesAsync(cancellationToken);

        // Under review now: two answers in, one late.
        var compost = activities["Collecte de compost en porte-à-porte"];
        ToReview(compost, At(today.AddDays(-57)));
        db.Consultations.AddRange(
            Consultation.Send(compost, new ConsultationInput
            {
                Kind = ConsultedKind.ChamberOfCommerce,
                ConsultedName = "CCI Grand Hainaut",
                SentOn = today.AddDays(-55),
                Answer = ConsultationAnswer.Favourable,
                AnsweredOn = today.AddDays(-48),
                Comment = "Aucune entreprise de collecte des biodéchets en porte-à-porte sur le territoire.",
            }, Settings),
            Consultation.Send(compost, new ConsultationInput
            {
                Kind = ConsultedKind.IaeStructure,
                ConsultedName = "AGEVAL",
                OrganisationId = ids["ageval"],
                SentOn = today.AddDays(-55),
                Answer = ConsultationAnswer.Reserved,
                AnsweredOn = today.AddDays(-43),
                Comment = "Favorable si la collecte ne s'étend pas aux déchets verts des espaces publics.",
            }, Settings),
            Consultation.Send(compost, new ConsultationInput { Kind = ConsultedKind.LocalFirm, ConsultedName = "Syndicat mixte des déchets (démo)", SentOn = today.AddDays(-37) }, Settings));

        // An idea the Garage solidaire objects to.
        var carCleaning = activities["Nettoyage de voitures"];
        db.Objections.Add(Objection.Raise(carCleaning, new ObjectionInput
        {
            ObjectorName = "Garage solidaire du Hainaut",
            OrganisationId = ids["garage"],
            RaisedOn = today.AddDays(-51),
            Grounds = "Le garage propose déjà le lavage des véhicules à prix réduit aux mêmes habitant·es.",
        }, today));

        // Lille: La Fabrique de l'Emploi's poles, and the objection of 2018 some structures raised.
        var lilleMembers = new List<CommitteeMember>
        {
            Seat(lille, "Hervé Dufresne (élu de Loos, démo)", Colleges.Default[0], true, chair: true),
            Seat(lille, "Représentant·e de France Travail (démo)", Colleges.Default[2], true),
            Seat(lille, "Représentant·e de l'État (démo)", Colleges.Default[1], true),
            Seat(lille, "Représentant·e des volontaires (démo)", Colleges.Default[7], true),
        };
        db.CommitteeMembers.AddRange(lilleMembers);
        await db.SaveChangesAsync(cancellationToken);
        var lilleRules = new CommitteeRules { TerritoryId = lille, QuorumShare = 0.5m };
        db.CommitteeRules.Add(lilleRules);
        var lilleMeeting = Meeting(lille, new DateTime(2018, 5, 14, 17, 0, 0, DateTimeKind.Utc), "Mairie de Loos", lilleMembers, 4);
        db.CommitteeMeetings.Add(lilleMeeting);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var name in new[] { "Services aux habitants", "Centre de ressources bois", "Agriculture urbaine" })
        {
            var activity = activities[name];
            ToReview(activity, lilleMeeting.HeldAt.AddDays(-30));
            var decision = await DecideAsync(lilleMeeting, lilleRules, lilleMembers, $"Le comité valide l'activité « {name} ».", AgendaKind.ActivityReview, activity.Id, DecisionEffect.ValidateActivity);
            activity.MoveTo(ActivityStatus.Active, decision.Ref, null, By, lilleMeeting.HeldAt, Settings);
        }
        var wood = activities["Centre de ressources bois"];
        var woodObjection = Objection.Raise(wood, new ObjectionInput
        {
            ObjectorName = "Une menuiserie d'insertion de la métropole (démo)",
            RaisedOn = new DateOnly(2018, 9, 3),
            Grounds = "La revente de bois de récupération concurrencerait notre atelier.",
        }, today);
        db.Objections.Add(woodObjection);
        await db.SaveChangesAsync(cancellationToken);
        var lilleLater = Meeting(lille, new DateTime(2018, 10, 8, 17, 0, 0, DateTimeKind.Utc), "Mairie de Loos", lilleMembers, 3);
        db.CommitteeMeetings.Add(lilleLater);
        await db.SaveChangesAsync(cancellationToken);
        var settled = await DecideAsync(lilleLater, lilleRules, lilleMembers,
            "Après rencontre, le centre de ressources bois ne revend plus de bois brut aux professionnels ; l'atelier d'insertion et l'EBE s'orientent mutuellement leurs clients.",
            AgendaKind.Objection, woodObjection.Id, DecisionEffect.ReorganiseActivity);
        woodObjection.Settle(wood, ObjectionOutcome.Reorganised, settled.Ref, "Bois de récupération pour les habitant·es et les associations, pas de revente aux professionnels",
            By, lilleLater.HeldAt, Settings);

        // Needs of the territory, two of them from employees on their round.
        var employee = DemoAccounts.BarakajobsEmployee;
        var needs = new[]
        {
            TerritoryNeed.Report(valenciennes, new NeedInput { What = "Repeindre les bancs et les tables du square", Where = "Square des Acacias", ForWhom = "Familles du quartier" }, employee, At(today.AddDays(-73))),
            TerritoryNeed.Report(valenciennes, new NeedInput { What = "Faire les courses des personnes âgées de la résidence", Where = "Résidence du Faubourg", ForWhom = "Personnes âgées isolées" }, employee, At(today.AddDays(-36))),
            TerritoryNeed.Report(valenciennes, new NeedInput { What = "Collecter les épluchures pour les jardins partagés", Where = "Acacias, Faubourg de Lille", ForWhom = "Jardins partagés" }, DemoAccounts.ValenciennesMember, At(today.AddDays(-208))),
            TerritoryNeed.Report(valenciennes, new NeedInput { What = "Réparer les vélos des enfants avant l'été", Where = "Centre social Le Phare" }, DemoAccounts.ValenciennesTeam, At(today.AddDays(-230))),
        };
        needs[2].Became(compost.Id);
        needs[3].Study();
        db.TerritoryNeeds.AddRange(needs);
        await db.SaveChangesAsync(cancellationToken);
        compost.TerritoryNeedId = needs[2].Id;

        // Each demo slot points at its activity.
        var slots = await db.ScheduleSlots.Where(s => s.OrganisationId == barakajobs || s.OrganisationId == fabrique).ToListAsync(cancellationToken);
        foreach (var slot in slots)
        {
            slot.ActivityId = activities.Values.FirstOrDefault(a => a.OrganisationId == slot.OrganisationId && a.Name == slot.Activity)?.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        await NameContractsActivitiesAsync(db, activities.Values, today, cancellationToken);
    }

    /// <summary>
    /// The generated contracts took their activities from the person's wishes ("tonte", "cuisine"); at
    /// an EBE that has activity records they become the record a wish matches by tag, or else one of its
    /// active activities, so that every demo contract names an activity the committee knows of.
    /// Elsewhere a name gets its record as an idea, as a contract typed by hand would.
    /// </summary>
    private static async Task NameContractsActivitiesAsync(AppDbContext db, IEnumerable<Activity> activities, DateOnly today, CancellationToken cancellationToken)
    {
        var active = activities.Where(a => a.Status is ActivityStatus.Active or ActivityStatus.Reorganised).OrderBy(a => a.Id).ToList();
        var contracts = await db.EmploymentContracts.OrderBy(c => c.Id).ToListAsync(cancellationToken);
        foreach (var contract in contracts)
        {
            var own = active.Where(a => a.OrganisationId == contract.OrganisationId).ToList();
            if (own.Count == 0 || contract.Activities.Count == 0)
            {
                continue;
            }
            var choices = own.Select(ActivityChoice.Of).ToList();
            contract.Activities = contract.Activities.Select(wish => WishMatch.For(choices, wish)?.Name ?? own[contract.Id % own.Count].Name).Distinct().ToList();
            var division = own.First(a => a.Name == contract.Activities[0]).Division;
            contract.Divisions = division is null ? contract.Divisions : [division];
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var organisation in contracts.Where(c => !active.Any(a => a.OrganisationId == c.OrganisationId)).GroupBy(c => c.OrganisationId))
        {
            await ActivityRecords.EnsureAsync(db, organisation.Key, organisation.SelectMany(c => c.Activities).ToList(), By, At(today), "Proposée depuis un contrat", cancellationToken);
        }
    }

    private static Activity Propose(int organisation, int territory, string division, string name, string naf, List<string> tags, string description,
        string customers, string place, string? pricing, ProposerKind kind, string? proposedBy) =>
        Activity.Propose(organisation, territory, new ActivityInput
        {
            Name = name,
            Division = division,
            NafCode = naf,
            Tags = tags,
            Description = description,
            TargetCustomers = customers,
            Place = place,
            PricingPolicy = pricing,
            ProposedByKind = kind,
            ProposedBy = proposedBy,
        }, By, new DateTime(2023, 1, 10, 9, 0, 0, DateTimeKind.Utc));

    /// <summary>Dates of the review under way follow today, so the demo always shows one answer late and one objection waiting.</summary>
    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc);

    private static void ToReview(Activity activity, DateTime at)
    {
        activity.MoveTo(ActivityStatus.Consultation, null, null, By, at, Settings);
        activity.MoveTo(ActivityStatus.CleReview, null, null, By, at.AddDays(20), Settings);
    }

    private static List<CommitteeMember> Members(int territory, IReadOnlyDictionary<string, int> ids) =>
    [
        Seat(territory, "Françoise Delattre (adjointe au maire, démo)", Colleges.Default[0], true, chair: true),
        Seat(territory, "Représentant·e du Département du Nord (démo)", Colleges.Default[0], true),
        Seat(territory, "Représentant·e de la préfecture (démo)", Colleges.Default[1], true),
        Seat(territory, "Représentant·e de France Travail Valenciennes (démo)", Colleges.Default[2], true),
        Seat(territory, "Délégué·e territorial·e du fonds ETCLD (démo)", Colleges.Default[3], false),
        Seat(territory, "Olivier Carlier (directeur, démo)", Colleges.Default[4], false, ids["barakajobs"]),
        Seat(territory, "Salarié·e élu·e de La Barakajobs (démo)", Colleges.Default[5], true, ids["barakajobs"]),
        Seat(territory, "Représentant·e de l'ACSRV (démo)", Colleges.Default[6], true, ids["acsrv"]),
        Seat(territory, "Volontaire de la liste d'attente (démo)", Colleges.Default[7], true),
        Seat(territory, "Habitante du Faubourg de Lille (démo)", Colleges.Default[8], true),
    ];

    private static CommitteeMember Seat(int territory, string name, string college, bool voting, int? organisation = null, bool chair = false) =>
        CommitteeMember.Appoint(territory, new MemberInput
        {
            Name = name,
            College = college,
            Voting = voting,
            Chair = chair,
            OrganisationId = organisation,
            TermStart = new DateOnly(2017, 1, 1),
        }, null);

    private static CommitteeMeeting Meeting(int territory, DateTime at, string place, IReadOnlyCollection<CommitteeMember> members, int present)
    {
        var meeting = new CommitteeMeeting { TerritoryId = territory, HeldAt = at, Place = place, Agenda = [new AgendaItem { Position = 1, Kind = AgendaKind.Other, Title = "Ouverture et quorum" }] };
        meeting.RecordAttendance(members.Where(m => m.Voting).Take(present).Select(m => m.Id), members);
        return meeting;
    }
}

using DroitEmploi.Core.Data;
using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.Core.Features.People;
using Microsoft.EntityFrameworkCore;

namespace DroitEmploi.Core.Features.Demo;

/// <summary>
/// The KPA Services pour tous of the cité Cuvinot (seed "Valenciennois : quand Le Phare guide le pouvoir d'agir"):
/// about fifteen fictitious cooperants recruited by word of mouth, in its teams, at every stage; two other KPA of the
/// network whose contracts Optéos also carries. Every step goes through the journey's rules.
/// </summary>
public static class DemoCooperatives
{
    private sealed record Demo(string First, string Last, int Age, string Team, string Referent, int EntryMonthsAgo, Action<Journey> Path, bool Account = false);

    /// <summary>Records steps relative to the entry, through <see cref="Cooperant.Record"/>.</summary>
    private sealed class Journey(Cooperant cooperant, Kpa kpa, DateOnly entry, DateOnly birthDate, DateOnly today)
    {
        public DateOnly Entry { get; } = entry;
        public DateOnly Today { get; } = today;
        private int _capes;

        public Journey Step(JourneyStepKind kind, DateOnly on, DateOnly? endsOn = null, CooperantContractKind? contract = null, ExitReason? exit = null, JourneyStage? stage = null, string? note = null)
        {
            cooperant.Record(new JourneyStepInput
            {
                Kind = kind,
                On = on,
                EndsOn = endsOn,
                Contract = contract,
                ExitReason = exit,
                Stage = stage,
                Note = note,
                ContractNumber = kind == JourneyStepKind.Contract && contract == CooperantContractKind.Cape ? $"CAPE-{on:yyyy}-{cooperant.LastName?[..3].ToUpperInvariant()}{++_capes}" : null,
            }, kpa, birthDate);
            return this;
        }

        public Journey Cape(DateOnly start, int months) => Step(JourneyStepKind.Contract, start, start.AddMonths(months).AddDays(-1), CooperantContractKind.Cape);

        public Journey Renew(DateOnly lastDay, int months) => Step(JourneyStepKind.Renewal, lastDay.AddDays(-20), lastDay.AddMonths(months));

        public Journey Stage(JourneyStage stage, DateOnly on) => Step(JourneyStepKind.Stage, on, stage: stage);
    }

    public static async Task SeedAsync(AppDbContext db, int valenciennes, Dictionary<string, int> ids, DateOnly today, CancellationToken cancellationToken)
    {
        var servicesPourTous = new Kpa { OrganisationId = ids["kpa"], HostId = ids["maison-cuvinot"], Audience = KpaAudience.EveryoneFromSixteen, LongestPathYears = 3, Network = "KPA-cité", ReminderDays = 30 };
        var laCape = new Kpa { OrganisationId = ids["kpa-cape"], Audience = KpaAudience.IsolatedWomen, LongestPathYears = 2, Network = "KPA-cité", ReminderDays = 30 };
        var coopains = new Kpa { OrganisationId = ids["kpa-coopains"], Audience = KpaAudience.YouthOnly, LongestPathYears = 1, Network = "KPA-cité", ReminderDays = 45 };
        db.Kpas.AddRange(servicesPourTous, laCape, coopains);

        var cooperantAccount = await db.Users.Where(u => u.Email == DemoAccounts.ServicesPourTousCooperant).Select(u => u.Id).SingleAsync(cancellationToken);
        DateOnly Ago(int months) => new DateOnly(today.Year, today.Month, 1).AddMonths(-months);

        Demo[] servicesPourTousPeople =
        [
            new("Malik", "Benali (démo)", 34, "Tonte et petits travaux", "Michèle Roussel", 14, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Immerse, j.Entry)
                .Stage(JourneyStage.Explore, j.Entry.AddMonths(2)).Stage(JourneyStage.Test, j.Entry.AddMonths(6)).Renew(j.Entry.AddMonths(12).AddDays(-1), 12), Account: true),
            new("Nadia", "Haddad (démo)", 41, "Restauration", "Michèle Roussel", 8, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Immerse, j.Entry).Stage(JourneyStage.Explore, j.Entry.AddMonths(3))),
            new("Kévin", "Lemaire (démo)", 27, "Réparation d'ordinateurs", "Antoine Delcourt", 20, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Explore, j.Entry.AddMonths(1))
                .Stage(JourneyStage.Test, j.Entry.AddMonths(5)).Renew(j.Entry.AddMonths(12).AddDays(-1), 12).Stage(JourneyStage.OpenOut, j.Entry.AddMonths(15))),
            new("Sabrina", "Dupont (démo)", 38, "Friperie", "Antoine Delcourt", 3, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Immerse, j.Entry)),
            new("Jordan", "Petit (démo)", 23, "Collecte de compost", "Michèle Roussel", 11, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Test, j.Entry.AddMonths(4))),
            new("Fatou", "Diallo (démo)", 45, "Jardin en permaculture", "Michèle Roussel", 5, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Immerse, j.Entry).Stage(JourneyStage.Explore, j.Entry.AddMonths(2))),
            new("Christelle", "Marchand (démo)", 52, "Restauration", "Antoine Delcourt", 26, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Test, j.Entry.AddMonths(3))
                .Renew(j.Entry.AddMonths(12).AddDays(-1), 12).Stage(JourneyStage.OpenOut, j.Entry.AddMonths(20)).Renew(j.Entry.AddMonths(24).AddDays(-1), 12)),
            new("Rachid", "Amrani (démo)", 31, "Tonte et petits travaux", "Michèle Roussel", 0, j => j.Stage(JourneyStage.Immerse, j.Entry)),
            new("Laetitia", "Vasseur (démo)", 36, "Friperie", "Antoine Delcourt", 30, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Test, j.Entry.AddMonths(6))
                .Renew(j.Entry.AddMonths(12).AddDays(-1), 12).Step(JourneyStepKind.Exit, j.Entry.AddMonths(23), exit: ExitReason.Job, note: "Embauchée en CDI par une boutique de Valenciennes")),
            new("Dylan", "Moreau (démo)", 29, "Réparation d'ordinateurs", "Antoine Delcourt", 18, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Test, j.Entry.AddMonths(4))
                .Renew(j.Entry.AddMonths(12).AddDays(-1), 6).Step(JourneyStepKind.Exit, j.Entry.AddMonths(14), exit: ExitReason.EmploymentCompany, note: "Entré à La Barakajobs par la liste d'attente")),
            new("Samia", "Belkacem (démo)", 33, "Restauration", "Michèle Roussel", 9, j => j.Cape(j.Entry, 12).Step(JourneyStepKind.Exit, j.Entry.AddMonths(4), exit: ExitReason.Training, note: "Formation d'aide-cuisinière")
                .Step(JourneyStepKind.Return, j.Entry.AddMonths(7)).Cape(j.Entry.AddMonths(7), 12).Stage(JourneyStage.Explore, j.Entry.AddMonths(7))),
            new("Thierry", "Lefebvre (démo)", 57, "Jardin en permaculture", "Michèle Roussel", 10, j => j.Step(JourneyStepKind.Contract, j.Entry, contract: CooperantContractKind.Volunteering)
                .Stage(JourneyStage.Test, j.Entry.AddMonths(2))),
            new("Inès", "Boucher (démo)", 17, "Collecte de compost", "Antoine Delcourt", 2, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Immerse, j.Entry)),
            new("Mehdi", "Saïdi (démo)", 39, "Tonte et petits travaux", "Antoine Delcourt", 6, j => j.Cape(j.Entry, 6).Stage(JourneyStage.Test, j.Entry.AddMonths(3))
                .Step(JourneyStepKind.Amendment, j.Entry.AddMonths(4), j.Entry.AddMonths(12).AddDays(-1), note: "Prolongé à douze mois pour finir la saison de tonte")),
        ];
        var cooperants = servicesPourTousPeople.Select(d => Create(servicesPourTous, d, Ago(d.EntryMonthsAgo), today, d.Account ? cooperantAccount : null)).ToList();

        // A volunteer of the registry oriented to a KPA is linked, not copied.
        var oriented = await db.People.Include(p => p.Transitions)
            .Where(p => p.TerritoryId == valenciennes && p.State == PathState.Oriented && p.AnonymisedAt == null)
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        if (oriented.FirstOrDefault(p => p.Transitions.OrderBy(t => t.At).Last().Orientation == Orientation.Kpa) is { } volunteer)
        {
            var linked = Cooperant.Register(servicesPourTous.OrganisationId, new CooperantInput { PersonId = volunteer.Id, Referent = "Michèle Roussel", TradeName = "Jardin en permaculture" }, volunteer);
            SignUp(linked, Ago(4));
            var entry = Later(Ago(4), volunteer.BirthDate.AddYears(16));
            new Journey(linked, servicesPourTous, entry, volunteer.BirthDate, today).Step(JourneyStepKind.Entry, entry).Cape(entry, 12).Stage(JourneyStage.Explore, entry.AddMonths(1));
            cooperants.Add(linked);
        }

        Demo[] laCapePeople =
        [
            new("Amina", "Kaci (démo)", 35, "Couture", "Julie Vermeersch", 7, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Test, j.Entry.AddMonths(3))),
            new("Sandra", "Leroy (démo)", 44, "Conciergerie", "Julie Vermeersch", 13, j => j.Cape(j.Entry, 12).Stage(JourneyStage.OpenOut, j.Entry.AddMonths(10)).Renew(j.Entry.AddMonths(12).AddDays(-1), 6)),
            new("Yasmina", "Cherif (démo)", 29, "Couture", "Julie Vermeersch", 1, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Immerse, j.Entry)),
        ];
        Demo[] coopainsPeople =
        [
            new("Lucas", "Hennebelle (démo)", 19, "Vélos", "Nicolas Brabant", 4, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Explore, j.Entry.AddMonths(1))),
            new("Emma", "Wattiez (démo)", 18, "Tourisme solidaire", "Nicolas Brabant", 11, j => j.Cape(j.Entry, 12).Stage(JourneyStage.Test, j.Entry.AddMonths(5))),
        ];
        cooperants.AddRange(laCapePeople.Select(d => Create(laCape, d, Ago(d.EntryMonthsAgo), today, null)));
        cooperants.AddRange(coopainsPeople.Select(d => Create(coopains, d, Ago(d.EntryMonthsAgo), today, null)));
        db.Cooperants.AddRange(cooperants);
        await db.SaveChangesAsync(cancellationToken);
        await AccompanimentAsync(db, servicesPourTous, cooperants, today, cancellationToken);
        await DemoKpaMoney.SeedAsync(db, ids["opteos"], servicesPourTous.OrganisationId, today, cancellationToken);
        await NetworkAsync(db, [servicesPourTous, laCape, coopains], today, cancellationToken);
    }

    /// <summary>The network's quarterly meetings and what its KPA share (seed: "temps inter-KPA", "partage de ressources").</summary>
    private static async Task NetworkAsync(AppDbContext db, Kpa[] kpas, DateOnly today, CancellationToken cancellationToken)
    {
        int[] all = [.. kpas.Select(k => k.OrganisationId)];
        const string Network = "KPA-cité";
        db.NetworkMeetings.AddRange(
            NetworkMeeting.Record(Network, new NetworkMeetingInput
            {
                HeldOn = today.AddMonths(-8),
                Place = "Roubaix",
                KpaIds = [.. all],
                Notes = "Accompagnement des coopérant·es : comment écrire les notes sans juger. Chaque KPA présente une activité qui marche."
            }, all),
            NetworkMeeting.Record(Network, new NetworkMeetingInput
            {
                HeldOn = today.AddMonths(-5),
                Place = "Onnaing, centre social Le Phare",
                KpaIds = [.. all],
                Notes = "Partage du résultat : par le chiffre d'affaires (Services pour tous) ou par rétributions (Les Coopains à bord). Outils de capitalisation."
            }, all),
            NetworkMeeting.Record(Network, new NetworkMeetingInput
            {
                HeldOn = today.AddMonths(-2),
                Place = "Tourcoing",
                KpaIds = [all[0], all[2]],
                Notes = "Création d'activités : la réparation de vélos essaime ; la tonte pour les bailleurs sociaux, à quels prix sans concurrencer les artisans."
            }, all));
        db.SharedResources.AddRange(
            SharedResource.Share(Network, all[0], new SharedResourceInput { Title = "Livret d'accueil écrit par les coopérant·es", Link = "https://kpacite.initiative.place/", Tags = ["accueil", "coopérant·es"] }, today.AddMonths(-6)),
            SharedResource.Share(Network, all[1], new SharedResourceInput { Title = "Fiche : partager une ligne téléphonique entre membres", Link = "https://kpacite.initiative.place/", Tags = ["coûts partagés"] }, today.AddMonths(-4)),
            SharedResource.Share(Network, all[2], new SharedResourceInput { Title = "Grille de prix d'un atelier vélo solidaire", Link = "https://kpacite.initiative.place/", Tags = ["prix", "vélos"] }, today.AddMonths(-1)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The two referents are the KPA's contributors; a few short notes, as the coordinator writes them.</summary>
    private static async Task AccompanimentAsync(AppDbContext db, Kpa kpa, List<Cooperant> cooperants, DateOnly today, CancellationToken cancellationToken)
    {
        var contributors = new[]
        {
            Contributor.Enrol(kpa.OrganisationId, new ContributorInput { Name = "Michèle Roussel", Kind = ContributorKind.SalariedEntrepreneur }, null),
            Contributor.Enrol(kpa.OrganisationId, new ContributorInput { Name = "Antoine Delcourt", Kind = ContributorKind.Volunteer }, null),
        };
        db.Contributors.AddRange(contributors);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var cooperant in cooperants.Where(c => c.KpaId == kpa.OrganisationId))
        {
            cooperant.AccompaniedBy(contributors.FirstOrDefault(c => c.Name == cooperant.Referent));
        }
        var malik = cooperants.First(c => c.AccountId is not null);
        var nadia = cooperants.First(c => c.FirstName == "Nadia");
        (Cooperant Who, int DaysAgo, NoteTheme Theme, string Text)[] notes =
        [
            (malik, 200, NoteTheme.Rights, "Point sur l'ASS pendant le CAPE : ses droits sont conservés, rien à déclarer de plus à France Travail."),
            (malik, 90, NoteTheme.Skills, "A chiffré seul un devis de tonte pour la résidence ; prêt à former un nouveau de l'équipe."),
            (nadia, 60, NoteTheme.Housing, "Cherche un logement plus proche du local ; mise en lien avec le bailleur social."),
            (nadia, 20, NoteTheme.Skills, "Hygiène alimentaire : formation HACCP à prévoir avant les buffets du centre social."),
        ];
        foreach (var (who, daysAgo, theme, text) in notes)
        {
            var contributor = contributors.FirstOrDefault(c => c.Id == who.ContributorId);
            db.AccompanimentNotes.Add(AccompanimentNote.Write(who, contributor, new NoteInput { On = today.AddDays(-daysAgo), Theme = theme, Text = text }, today));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Cooperant Create(Kpa kpa, Demo demo, DateOnly entry, DateOnly today, string? accountId)
    {
        var birthDate = new DateOnly(today.Year - demo.Age, 1 + (demo.First.Length * 5 % 12), 1 + (demo.Last.Length * 3 % 27));
        var cooperant = Cooperant.Register(kpa.OrganisationId, new CooperantInput
        {
            FirstName = demo.First,
            LastName = demo.Last,
            BirthDate = birthDate,
            TradeName = demo.Team,
            Referent = demo.Referent,
            Phone = "06 00 00 00 00",
        }, null);
        cooperant.AccountId = accountId;
        // The newest arrival is still signing up: documents in, insurance and signatures to come.
        if (demo.EntryMonthsAgo > 0)
        {
            SignUp(cooperant, entry);
        }
        else
        {
            cooperant.DocumentsSeen = [SignUpDocument.IdentityDocument, SignUpDocument.ProofOfAddress];
            cooperant.Sign(CapeSigner.Cooperant, entry);
        }
        var journey = new Journey(cooperant, kpa, entry, birthDate, today);
        journey.Step(JourneyStepKind.Entry, entry);
        demo.Path(journey);
        return cooperant;
    }

    private static void SignUp(Cooperant cooperant, DateOnly entry)
    {
        cooperant.DocumentsSeen = [.. Enum.GetValues<SignUpDocument>()];
        cooperant.ValidateInsurance(entry.AddDays(-7));
        foreach (var signer in Enum.GetValues<CapeSigner>())
        {
            cooperant.Sign(signer, entry.AddDays(-3));
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}

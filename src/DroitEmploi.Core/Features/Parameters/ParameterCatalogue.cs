namespace DroitEmploi.Core.Features.Parameters;

/// <summary>The parameters DroitEmploi knows, their unit and French label, and the values seeded from the texts that set them.</summary>
public static class ParameterCatalogue
{
    public const string MinMonthsDeprivedOfEmployment = "Eligibility.MinMonthsDeprivedOfEmployment";
    public const string MinMonthsLivingInTerritory = "Eligibility.MinMonthsLivingInTerritory";
    public const string LegalWeeklyHours = "Employment.LegalWeeklyHours";
    public const string MonthlyFullTimeHours = "Employment.MonthlyFullTimeHours";
    public const string SmicHourly = "Smic.HourlyGross";
    public const string StateRate = "Funding.StateRateOfSmic";
    public const string DepartmentShareOfState = "Funding.DepartmentShareOfState";
    public const string SupervisoryFundableShare = "Funding.SupervisoryFundableShare";
    public const string SeedGrantShareOfAnnualSmic = "Funding.SeedGrantShareOfAnnualSmic";
    public const string VatStandard = "Vat.Standard";
    public const string VatIntermediate = "Vat.Intermediate";
    public const string VatReduced = "Vat.Reduced";
    public const string VatSuperReduced = "Vat.SuperReduced";
    public const string RecoveryIndemnity = "Invoicing.RecoveryIndemnity";
    public const string PublicMinimumCount = "Public.MinimumCount";
    public const string PublicMinimumOrganisations = "Public.MinimumOrganisations";
    public const string AvoidedRsa = "CostBalance.AvoidedBenefit.Rsa";
    public const string AvoidedAss = "CostBalance.AvoidedBenefit.Ass";
    public const string AvoidedAah = "CostBalance.AvoidedBenefit.Aah";
    public const string AvoidedAre = "CostBalance.AvoidedBenefit.Are";
    public const string AvoidedEmploymentServices = "CostBalance.EmploymentServices";
    public const string AvoidedHealth = "CostBalance.Health";
    public const string AvoidedHousing = "CostBalance.Housing";
    public const string AvoidedLostContributions = "CostBalance.LostContributionsAndTaxes";
    public const string PublishedAvoidedLowPerEtp = "CostBalance.Published.AvoidedLowPerEtp";
    public const string PublishedAvoidedHighPerEtp = "CostBalance.Published.AvoidedHighPerEtp";
    public const string PublishedNetPublicCostLowPerEtp = "CostBalance.Published.NetPublicCostLowPerEtp";
    public const string PublishedNetPublicCostHighPerEtp = "CostBalance.Published.NetPublicCostHighPerEtp";
    public const string PublishedAtdPerPerson = "CostBalance.Published.AtdPerPerson";

    public sealed record Definition(string Key, string Label, string Unit);

    /// <summary>The parameters a funding statement is computed from: changing one rewrites statements.</summary>
    public static IReadOnlySet<string> FundingKeys { get; } = new HashSet<string>
    {
        MonthlyFullTimeHours, SmicHourly, StateRate, DepartmentShareOfState, SupervisoryFundableShare, SeedGrantShareOfAnnualSmic,
    };

    public static IReadOnlyList<Definition> Definitions { get; } =
    [
        new(MinMonthsDeprivedOfEmployment, "Durée minimale de privation d'emploi", "mois"),
        new(MinMonthsLivingInTerritory, "Durée minimale de résidence sur le territoire", "mois"),
        new(LegalWeeklyHours, "Durée légale hebdomadaire du travail", "heures"),
        new(MonthlyFullTimeHours, "Heures mensuelles d'un temps plein", "heures"),
        new(SmicHourly, "SMIC horaire brut", "€"),
        new(StateRate, "Part de l'État dans la contribution au développement de l'emploi (en part du SMIC horaire brut)", "taux"),
        new(DepartmentShareOfState, "Part du département (en part du montant de l'État)", "taux"),
        new(SupervisoryFundableShare, "Part maximale d'ETP d'encadrement non PPDE finançable", "taux"),
        new(SeedGrantShareOfAnnualSmic, "Dotation d'amorçage par ETP créé (en part du SMIC annuel brut)", "taux"),
        new(VatStandard, "TVA, taux normal", "taux"),
        new(VatIntermediate, "TVA, taux intermédiaire", "taux"),
        new(VatReduced, "TVA, taux réduit", "taux"),
        new(VatSuperReduced, "TVA, taux particulier", "taux"),
        new(RecoveryIndemnity, "Indemnité forfaitaire pour frais de recouvrement (clients professionnels)", "€"),
        new(PublicMinimumCount, "Chiffres publics : plus petit nombre de personnes publié (en dessous, le chiffre est secret)", "personnes"),
        new(PublicMinimumOrganisations, "Chiffres publics : plus petit nombre de structures derrière un montant publié", "structures"),
        new(AvoidedRsa, "Bilan : RSA évité par personne et par an", "€"),
        new(AvoidedAss, "Bilan : ASS évitée par personne et par an", "€"),
        new(AvoidedAah, "Bilan : part de l'AAH évitée par personne et par an", "€"),
        new(AvoidedAre, "Bilan : allocation chômage (ARE) évitée par personne et par an", "€"),
        new(AvoidedEmploymentServices, "Bilan : dépenses d'accompagnement vers l'emploi évitées par personne et par an", "€"),
        new(AvoidedHealth, "Bilan : dépenses de santé évitées par personne et par an", "€"),
        new(AvoidedHousing, "Bilan : aides au logement et dépenses sociales évitées par personne et par an", "€"),
        new(AvoidedLostContributions, "Bilan : cotisations et impôts retrouvés par personne et par an", "€"),
        new(PublishedAvoidedLowPerEtp, "Bilan publié : coûts évités par ETP et par an, borne basse", "€"),
        new(PublishedAvoidedHighPerEtp, "Bilan publié : coûts évités par ETP et par an, borne haute", "€"),
        new(PublishedNetPublicCostLowPerEtp, "Bilan publié : coût public net par ETP et par an, borne basse", "€"),
        new(PublishedNetPublicCostHighPerEtp, "Bilan publié : coût public net par ETP et par an, borne haute", "€"),
        new(PublishedAtdPerPerson, "Bilan publié : coût de la privation d'emploi par personne et par an (ATD Quart Monde)", "€"),
    ];

    public sealed record SeedValue(string Key, DateOnly ValidFrom, DateOnly? ValidTo, decimal Value, string Source);

    /// <summary>The values in force when DroitEmploi was written, with their source; administrators add later ones.</summary>
    public static IReadOnlyList<SeedValue> Seeds { get; } =
    [
        new(MinMonthsDeprivedOfEmployment, new DateOnly(2016, 3, 1), null, 12,
            "Loi n° 2016-231 du 29 février 2016, loi n° 2020-1577 du 14 décembre 2020, décret n° 2021-863 du 30 juin 2021"),
        new(MinMonthsLivingInTerritory, new DateOnly(2016, 3, 1), null, 6,
            "Loi n° 2020-1577 du 14 décembre 2020, décret n° 2021-863 du 30 juin 2021"),
        new(LegalWeeklyHours, new DateOnly(2000, 1, 1), null, 35, "Code du travail, art. L3121-27"),
        new(VatStandard, new DateOnly(2014, 1, 1), null, 0.20m, "Code général des impôts, art. 278"),
        new(VatIntermediate, new DateOnly(2014, 1, 1), null, 0.10m, "Code général des impôts, art. 279"),
        new(VatReduced, new DateOnly(2014, 1, 1), null, 0.055m, "Code général des impôts, art. 278-0 bis"),
        new(VatSuperReduced, new DateOnly(2014, 1, 1), null, 0.021m, "Code général des impôts, art. 281 quater à 281 nonies"),
        new(RecoveryIndemnity, new DateOnly(2013, 1, 1), null, 40m, "Code de commerce, art. D441-5"),
        new(PublicMinimumCount, new DateOnly(2016, 1, 1), null, 11m,
            "Règle de diffusion de DroitEmploi, à l'image du secret statistique : aucun effectif de moins de 11 personnes (décision 0018)"),
        new(PublicMinimumOrganisations, new DateOnly(2016, 1, 1), null, 3m,
            "Règle de diffusion de DroitEmploi, à l'image du secret statistique : aucun montant qui concerne moins de 3 structures (décision 0018)"),
        new(MonthlyFullTimeHours, new DateOnly(2000, 1, 1), null, 151.67m, "35 h × 52 semaines / 12 mois"),
        new(AvoidedRsa, new DateOnly(2016, 1, 1), null, 7758.24m,
            "CAF : montant forfaitaire du RSA pour une personne seule au 1er avril 2025, 646,52 € par mois × 12 (estimation DroitEmploi : personne seule, sans autre ressource)"),
        new(AvoidedAss, new DateOnly(2016, 1, 1), null, 6600m,
            "France Travail : allocation de solidarité spécifique d'environ 18 € par jour, × 365 (ordre de grandeur arrondi, à préciser par le territoire)"),
        new(AvoidedAah, new DateOnly(2016, 1, 1), null, 6199.92m,
            "CAF : AAH à taux plein de 1 033,32 € par mois au 1er avril 2025 ; l'AAH se cumulant en partie avec un salaire, la moitié seulement est comptée évitée"),
        new(AvoidedAre, new DateOnly(2016, 1, 1), null, 12000m,
            "Unédic : allocation d'aide au retour à l'emploi nette moyenne d'environ 1 000 € par mois (ordre de grandeur, à préciser par le territoire)"),
        new(AvoidedEmploymentServices, new DateOnly(2016, 1, 1), null, 2000m,
            "ATD Quart Monde, étude macro-économique sur le coût de la privation d'emploi (2015, mise à jour 2017) : dépenses ciblées d'accompagnement vers l'emploi"),
        new(AvoidedHealth, new DateOnly(2016, 1, 1), null, 1600m,
            "ATD Quart Monde, étude macro-économique sur le coût de la privation d'emploi (2015, mise à jour 2017) : coûts induits de santé"),
        new(AvoidedHousing, new DateOnly(2016, 1, 1), null, 1000m,
            "ATD Quart Monde, étude macro-économique sur le coût de la privation d'emploi (2015, mise à jour 2017) : aides au logement et coûts sociaux induits"),
        new(AvoidedLostContributions, new DateOnly(2016, 1, 1), null, 4000m,
            "ATD Quart Monde, étude macro-économique sur le coût de la privation d'emploi (2015, mise à jour 2017) : manque à gagner en cotisations et impôts"),
        new(PublishedAvoidedLowPerEtp, new DateOnly(2016, 1, 1), null, 12900m,
            "Comité scientifique de l'expérimentation, rapport final (septembre 2025) : coûts évités de 12 900 à 15 300 € par ETP et par an"),
        new(PublishedAvoidedHighPerEtp, new DateOnly(2016, 1, 1), null, 15300m,
            "Comité scientifique de l'expérimentation, rapport final (septembre 2025) : coûts évités de 12 900 à 15 300 € par ETP et par an"),
        new(PublishedNetPublicCostLowPerEtp, new DateOnly(2016, 1, 1), null, 11300m,
            "Comité scientifique de l'expérimentation, rapport final (septembre 2025) : coût public net de 11 300 à 13 700 € par ETP et par an"),
        new(PublishedNetPublicCostHighPerEtp, new DateOnly(2016, 1, 1), null, 13700m,
            "Comité scientifique de l'expérimentation, rapport final (septembre 2025) : coût public net de 11 300 à 13 700 € par ETP et par an"),
        new(PublishedAtdPerPerson, new DateOnly(2016, 1, 1), null, 15000m,
            "ATD Quart Monde (2015, 2017) : au moins 15 000 € par personne privée d'emploi et par an, 43 Md€ par an à l'échelle nationale"),
        new(SmicHourly, new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), 9.76m, "Décret n° 2016-1818 du 22 décembre 2016"),
        new(SmicHourly, new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31), 9.88m, "Décret n° 2017-1719 du 20 décembre 2017"),
        new(SmicHourly, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31), 10.03m, "Décret n° 2018-1173 du 19 décembre 2018"),
        new(SmicHourly, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), 10.15m, "Décret n° 2019-1387 du 18 décembre 2019"),
        new(SmicHourly, new DateOnly(2021, 1, 1), new DateOnly(2021, 9, 30), 10.25m, "Décret n° 2020-1598 du 16 décembre 2020"),
        new(SmicHourly, new DateOnly(2021, 10, 1), new DateOnly(2022, 4, 30), 10.48m, "Arrêté du 27 septembre 2021"),
        new(SmicHourly, new DateOnly(2022, 5, 1), new DateOnly(2022, 7, 31), 10.85m, "Arrêté du 29 avril 2022"),
        new(SmicHourly, new DateOnly(2022, 8, 1), new DateOnly(2022, 12, 31), 11.07m, "Arrêté du 29 juillet 2022"),
        new(SmicHourly, new DateOnly(2023, 1, 1), new DateOnly(2023, 4, 30), 11.27m, "Décret n° 2022-1608 du 22 décembre 2022"),
        new(SmicHourly, new DateOnly(2023, 5, 1), new DateOnly(2023, 12, 31), 11.52m, "Arrêté du 26 avril 2023"),
        new(SmicHourly, new DateOnly(2024, 1, 1), new DateOnly(2024, 10, 31), 11.65m, "Décret n° 2023-1216 du 20 décembre 2023"),
        new(SmicHourly, new DateOnly(2024, 11, 1), new DateOnly(2025, 12, 31), 11.88m, "Décret n° 2024-951 du 23 octobre 2024"),
        new(SmicHourly, new DateOnly(2026, 1, 1), null, 12.02m, "Revalorisation au 1er janvier 2026"),
        new(StateRate, new DateOnly(2017, 1, 1), new DateOnly(2018, 12, 31), 1.01m, "Arrêtés annuels du fonds ETCLD : 101 % en 2017 et 2018"),
        new(StateRate, new DateOnly(2019, 1, 1), new DateOnly(2021, 6, 30), 0.95m, "Arrêté de 2019 : 95 %"),
        new(StateRate, new DateOnly(2021, 7, 1), new DateOnly(2023, 9, 30), 1.02m, "Arrêtés de juillet 2021 à septembre 2023 : 102 %"),
        new(StateRate, new DateOnly(2023, 10, 1), null, 0.95m, "Arrêté d'octobre 2023 : 95 %"),
        new(DepartmentShareOfState, new DateOnly(2016, 3, 1), null, 0.15m, "Décret n° 2021-863, art. 23 : le département verse 15 % du montant de l'État"),
        new(SupervisoryFundableShare, new DateOnly(2016, 3, 1), null, 0.10m, "Décret n° 2021-863 : encadrement non PPDE finançable jusqu'à 10 % des ETP"),
        new(SeedGrantShareOfAnnualSmic, new DateOnly(2021, 7, 1), null, 0.30m, "Décret n° 2021-863, art. 24 : au plus 30 % du SMIC annuel brut par ETP créé"),
    ];

    /// <summary>The seeded value in force on a date, for generating demo data before any administrator edits.</summary>
    public static decimal SeedValueOn(string key, DateOnly date) =>
        DatedParameter.InForce(Seeds.Where(s => s.Key == key).Select(s => new DatedParameter { Key = s.Key, ValidFrom = s.ValidFrom, ValidTo = s.ValidTo, Value = s.Value }), date)?.Value
        ?? throw new InvalidOperationException($"No seeded value of {key} on {date}.");

    public static Definition Describe(string key) =>
        Definitions.SingleOrDefault(d => d.Key == key) ?? new Definition(key, key, "");
}

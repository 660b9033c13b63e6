namespace DroitEmploi.Core.Features.Demo;

/// <summary>The demo accounts listed in the README; they exist only where the demo data is seeded.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo-2026!";
    public const string Administrator = "admin@demo.droitemploi.fr";
    public const string ValenciennesTeam = "cle.valenciennes@demo.droitemploi.fr";
    public const string LilleTeam = "cle.lille@demo.droitemploi.fr";
    public const string ValenciennesMember = "membre.valenciennes@demo.droitemploi.fr";
    public const string BarakajobsManagement = "ebe.barakajobs@demo.droitemploi.fr";
    public const string KpaCoordination = "kpa.servicespourtous@demo.droitemploi.fr";
    public const string Funder = "financeur@demo.droitemploi.fr";
    public const string BarakajobsEmployee = "salariee.barakajobs@demo.droitemploi.fr";
    public const string BarakajobsAccounting = "compta.barakajobs@demo.droitemploi.fr";
    public const string ServicesPourTousCooperant = "cooperant.servicespourtous@demo.droitemploi.fr";
    public const string OpteosPortage = "portage.opteos@demo.droitemploi.fr";
    public const string CteCoordination = "cte@demo.droitemploi.fr";
    public const string RteHolder = "titulaire.rte@demo.droitemploi.fr";
}

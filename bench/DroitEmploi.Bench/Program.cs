using DroitEmploi.Bench;

// One verb per benchmark; each prints a Markdown table to compare from run to run.
//   dotnet run -c Release --project bench/DroitEmploi.Bench -- registry [--people 100000] [--import 50000] [--databases sqlite,postgres]
//   dotnet run -c Release --project bench/DroitEmploi.Bench -- employment [--contracts 5000] [--databases sqlite,postgres]
//   dotnet run -c Release --project bench/DroitEmploi.Bench -- invoicing [--invoices 1000] [--databases sqlite,postgres]
//   dotnet run -c Release --project bench/DroitEmploi.Bench -- dashboards [--territories 100] [--people 100000] [--databases sqlite,postgres]
//   dotnet run -c Release --project bench/DroitEmploi.Bench -- load [--seconds 60] [--clients 50] [--databases sqlite,postgres] [--endpoints health,person,…]
//   dotnet run -c Release --project bench/DroitEmploi.Bench -- curtois --instances 1-19 --seconds 60 [--repeat 3] [--baseline] [--busy 1] [--workers 8] [--first-phase-percent 40] [--lns-percent 75] [--lns-workers 1] [--lns-searches 2] [--cg on|off] [--params "k:v,…"] [--trace]
//   dotnet run -c Release --project bench/DroitEmploi.Bench -- ebe-week --employees 150 --activities 20 --seconds 30 [--repeat 3] [--seed 2026] [--busy 1]  (or --demo: the demo data's EBE weeks)
var verb = args.FirstOrDefault();
var options = BenchOptions.Parse(args.Skip(1).ToArray());
switch (verb)
{
    case "registry":
        await RegistryBenchmark.RunAsync(options);
        return 0;
    case "curtois":
        await CurtoisBenchmark.RunAsync(options);
        return 0;
    case "ebe-week":
        await EbeWeekBenchmark.RunAsync(options);
        return 0;
    case "load":
        await LoadBenchmark.RunAsync(options);
        return 0;
    case "employment":
        await EmploymentBenchmark.RunAsync(options);
        return 0;
    case "invoicing":
        await InvoicingBenchmark.RunAsync(options);
        return 0;
    case "dashboards":
        await DashboardBenchmark.RunAsync(options);
        return 0;
    default:
        Console.Error.WriteLine("Usage: DroitEmploi.Bench registry [--people N] [--import N] | employment [--contracts N] | invoicing [--invoices N] | dashboards [--territories N] [--people N] | load [--seconds 60] [--clients 50] (all three take [--databases sqlite,postgres] [--repeat N]) | curtois [--instances 1-19] [--seconds 60] [--repeat N] [--baseline] [--busy N] [--workers 2] [--cg on|off] | ebe-week [--employees 150] [--activities 20] [--demo] [--seconds 30] [--repeat N] [--busy N]");
        return 2;
}

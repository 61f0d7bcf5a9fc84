using System.CommandLine;
using RoleScope.Cli.Rendering;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope profile FAMILY</c>: every figure of one role family, each with its n and 95% interval.</summary>
internal static class ProfileCommand
{
    public static Command Create(CliConsole console)
    {
        var family = new Argument<string>("FAMILY") { Description = "Role family: backend, fullstack, frontend, mobile, devops, data, ml, security, qa, embedded, management, design, product, other" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var analysis = new AnalysisOptionSet();
        var filters = new SliceFilterOptions();
        var command = new Command("profile", "Profile one role family: postings, salary, seniority, work mode, countries, top skills, premiums") { family, db, json };
        analysis.AddTo(command);
        filters.AddTo(command);
        command.SetAction(r =>
        {
            var f = CommonOptions.ParseFamily(r.GetValue(family));
            var dbPath = r.GetValue(db)!;
            var analyzer = AnalysisSource.Open(dbPath, analysis.Options(r), filters.Apply(r, analysis.Slice(r)));
            var profile = analyzer.Profile(f);
            var provenance = AnalysisSource.Provenance(dbPath, analyzer);
            if (r.GetValue(json))
            {
                console.OutWriter.WriteLine(ReportJson.Profile(profile, provenance));
            }
            else
            {
                ProfileView.Write(console.Out, profile, provenance.Line(analyzer.Options.Resamples, analyzer.Options.Seed));
            }
            return 0;
        });
        return command;
    }
}

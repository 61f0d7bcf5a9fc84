using System.CommandLine;
using RoleScope.Cli.Rendering;
using RoleScope.Core.Analytics.Planning;
using RoleScope.Core.Extraction;

namespace RoleScope.Cli.Commands;

/// <summary><c>rolescope plan</c>: from a family or a list of skills to a target family: what transfers, what is missing, how well one fits.</summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var from = new Option<string?>("--from") { Description = "The family one works in now (its top skills count as held)" };
        var skills = new Option<string?>("--skills") { Description = "Skills one has, comma-separated (e.g. Java,SQL,AWS)" };
        var to = new Option<string>("--to") { Description = "The target family", Required = true };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var analysis = new AnalysisOptionSet();
        var command = new Command("plan", "A transition plan to a target family: transferable skills, missing skills by frequency and premium, a fit score") { from, skills, to, db, json };
        analysis.AddTo(command);
        command.SetAction(r =>
        {
            var fromText = r.GetValue(from);
            var skillsText = r.GetValue(skills);
            if (string.IsNullOrWhiteSpace(fromText) == string.IsNullOrWhiteSpace(skillsText))
            {
                throw new CliException("plan needs exactly one of --from FAMILY or --skills a,b,c.");
            }
            var request = new TransitionRequest(
                string.IsNullOrWhiteSpace(fromText) ? null : CommonOptions.ParseFamily(fromText),
                string.IsNullOrWhiteSpace(skillsText) ? [] : [.. skillsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SliceFilterOptions.CanonicalSkill)],
                CommonOptions.ParseFamily(r.GetValue(to)));
            if (request.From == request.To)
            {
                throw new CliException("--from and --to name the same family.");
            }
            var plan = TransitionPlans.For(AnalysisSource.Index(r.GetValue(db)!), ExtractionPipeline.Default.Knowledge.Skills, request, analysis.Options(r), analysis.Slice(r));
            if (r.GetValue(json))
            {
                console.OutWriter.WriteLine(PlanningJson.Plan(plan));
            }
            else
            {
                PlanningView.Write(console.Out, plan);
            }
            return 0;
        });
        return command;
    }
}

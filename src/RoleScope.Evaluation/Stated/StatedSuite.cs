using RoleScope.Core.Extraction;

namespace RoleScope.Evaluation.Stated;

/// <summary><c>rolescope eval --stated FILE</c>: the one report comparing a file's structured facts with its text.</summary>
public static class StatedSuite
{
    public static SuiteResult Run(string file, ExtractionPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var report = StatedEvaluation.Run(file, pipeline.Extract);
        return new SuiteResult([report], [], ExtractionPipeline.Version, pipeline.Knowledge.Rates.Date);
    }
}

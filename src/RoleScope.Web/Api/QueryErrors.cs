namespace RoleScope.Web.Api;

/// <summary>Bad query parameters, each named with the reason; the API answers them as one 400 ProblemDetails.</summary>
public sealed class QueryErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> All => _errors;

    public void Add(string parameter, string reason) => _errors[parameter] = [reason];

    public IResult ToResult() => TypedResults.ValidationProblem(_errors,
        detail: "Bad parameter " + string.Join(", ", _errors.Select(e => $"'{e.Key}': {e.Value[0]}")),
        title: "One or more query parameters are not valid.");
}

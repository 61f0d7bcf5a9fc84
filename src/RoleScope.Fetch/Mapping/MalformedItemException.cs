namespace RoleScope.Fetch.Mapping;

/// <summary>A source's record that cannot become a posting (no id, wrong shape); the message says what is wrong.</summary>
public sealed class MalformedItemException : Exception
{
    public MalformedItemException(string message)
        : base(message)
    {
    }

    public MalformedItemException()
    {
    }

    public MalformedItemException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

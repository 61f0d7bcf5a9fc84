namespace RoleScope.Sources;

/// <summary>
/// Thrown by field readers deep inside a mapper and caught at the record boundary, where it becomes a reject;
/// it never leaves the readers. The message is the reject's reason.
/// </summary>
internal sealed class InvalidRecordException(string reason) : Exception(reason);

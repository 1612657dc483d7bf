using System.Text.Json.Serialization;

namespace Wres.Reporting.Contract;

/// <summary>
/// A field that may be absent from its object as well as <c>null</c> in it: <c>previous</c> and <c>change</c> are
/// absent without a comparison and <c>null</c> when last year's report has no counterpart. The default is absent
/// (not written, with <see cref="JsonIgnoreCondition.WhenWritingDefault"/> on the property); read back, a field
/// that is there, even as <c>null</c>, has a value.
/// </summary>
/// <typeparam name="T">The field's type.</typeparam>
[JsonConverter(typeof(OptionalConverterFactory))]
internal readonly struct Optional<T> : IEquatable<Optional<T>>
{
    public Optional(T value)
    {
        Value = value;
        HasValue = true;
    }

    /// <summary>The value when present.</summary>
    public T Value { get; }

    /// <summary>Whether the field is present.</summary>
    public bool HasValue { get; }

    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);

    public bool Equals(Optional<T> other) => HasValue == other.HasValue && EqualityComparer<T>.Default.Equals(Value, other.Value);

    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(HasValue, Value);
}

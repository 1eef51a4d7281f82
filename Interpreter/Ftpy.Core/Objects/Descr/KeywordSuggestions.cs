namespace Ftpy.Objects;

/// <summary>CPython's _Py_CalculateSuggestions (Python/suggestions.c): the closest candidate by a
/// Levenshtein distance where a case change costs 1 and any other edit 2, accepted only when at
/// most a third of the characters involved change. Used for "Did you mean" in keyword errors.</summary>
public static class KeywordSuggestions
{
    const int MaxCandidates = 750;
    const int MaxStringSize = 40;
    const int MoveCost = 2;
    const int CaseCost = 1;

    public static string? Closest(IReadOnlyList<string> candidates, string name)
    {
        if (candidates.Count >= MaxCandidates) return null;
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        var buffer = new long[MaxStringSize];
        long best = long.MaxValue;
        string? suggestion = null;
        foreach (var item in candidates)
        {
            if (item == name) continue;
            var itemBytes = System.Text.Encoding.UTF8.GetBytes(item);
            long maxDistance = (nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6;
            maxDistance = Math.Min(maxDistance, best - 1);
            long distance = Distance(nameBytes, itemBytes, maxDistance, buffer);
            if (distance > maxDistance) continue;
            if (suggestion is null || distance < best)
            {
                suggestion = item;
                best = distance;
            }
        }
        return suggestion;
    }

    static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31)) return MoveCost;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
        return a == b ? CaseCost : MoveCost;
    }

    static long Distance(byte[] a, byte[] b, long maxCost, long[] buffer)
    {
        int aStart = 0, bStart = 0, aSize = a.Length, bSize = b.Length;
        while (aSize > 0 && bSize > 0 && a[aStart] == b[bStart]) { aStart++; aSize--; bStart++; bSize--; }
        while (aSize > 0 && bSize > 0 && a[aStart + aSize - 1] == b[bStart + bSize - 1]) { aSize--; bSize--; }
        if (aSize == 0 || bSize == 0) return (long)(aSize + bSize) * MoveCost;
        if (aSize > MaxStringSize || bSize > MaxStringSize) return maxCost + 1;
        if (bSize < aSize)
        {
            (a, b) = (b, a);
            (aStart, bStart) = (bStart, aStart);
            (aSize, bSize) = (bSize, aSize);
        }
        if ((long)(bSize - aSize) * MoveCost > maxCost) return maxCost + 1;
        long tmp = MoveCost;
        for (int i = 0; i < aSize; i++)
        {
            buffer[i] = tmp;
            tmp += MoveCost;
        }
        long result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++)
        {
            byte code = b[bStart + bIndex];
            long distance = result = (long)bIndex * MoveCost;
            long minimum = long.MaxValue;
            for (int index = 0; index < aSize; index++)
            {
                long substitute = distance + SubstitutionCost(code, a[aStart + index]);
                distance = buffer[index];
                long insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}

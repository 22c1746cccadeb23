package dev.cventmock.cvent.reads;

/**
 * The read side's bounds, as DescribeGlobal reports them.
 *
 * @param maxBatchSize Ids per Retrieve (Cvent's MaxBatchSize; clients page by it)
 * @param maxRecordSet Ids per Search answer (Cvent's MaxRecordSet)
 * @param maxChanges   Ids per GetUpdated / GetDeleted answer
 * @param maxFilters   filters per Search ("or the entire operation fails", Cvent documents)
 */
public record ReadLimits(int maxBatchSize, int maxRecordSet, int maxChanges, int maxFilters) {
    public static final ReadLimits CVENT = new ReadLimits(200, 25_000, 10_000, 256);
}

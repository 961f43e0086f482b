package rituals.protocol.terrain;

/**
 * The unstable introspective sort of .NET's {@code List<T>.Sort()} (ArraySortHelper: insertion sort for ranges of
 * 16 or fewer, median-of-three quicksort partitions above that), reproduced so that patches at equal distance come
 * out in the same order as OpenSim sends them. A stable sort would order ties differently from the capture.
 */
final class DotNetIntroSort {
    private static final int INSERTION_THRESHOLD = 16;

    private DotNetIntroSort() {
    }

    /** Sorts {@code items} in place by ascending {@code keys} (moved along with them). */
    static <T> void sort(T[] items, float[] keys) {
        if (items.length < 2) {
            return;
        }
        int depthLimit = 2 * (31 - Integer.numberOfLeadingZeros(items.length) + 1);
        introSort(items, keys, 0, items.length - 1, depthLimit);
    }

    private static <T> void introSort(T[] items, float[] keys, int lo, int hi, int depthLimit) {
        while (hi > lo) {
            int size = hi - lo + 1;
            if (size <= INSERTION_THRESHOLD) {
                if (size == 2) {
                    swapIfGreater(items, keys, lo, hi);
                } else if (size == 3) {
                    swapIfGreater(items, keys, lo, hi - 1);
                    swapIfGreater(items, keys, lo, hi);
                    swapIfGreater(items, keys, hi - 1, hi);
                } else {
                    insertionSort(items, keys, lo, hi);
                }
                return;
            }
            if (depthLimit == 0) {
                // .NET would heapsort here; never reached for a region's 256 patches, so any correct sort will do
                insertionSort(items, keys, lo, hi);
                return;
            }
            depthLimit--;
            int pivot = partition(items, keys, lo, hi);
            introSort(items, keys, pivot + 1, hi, depthLimit);
            hi = pivot - 1;
        }
    }

    private static <T> int partition(T[] items, float[] keys, int lo, int hi) {
        int middle = lo + ((hi - lo) >> 1);
        swapIfGreater(items, keys, lo, middle);
        swapIfGreater(items, keys, lo, hi);
        swapIfGreater(items, keys, middle, hi);
        float pivot = keys[middle];
        swap(items, keys, middle, hi - 1);
        int left = lo;
        int right = hi - 1;
        while (left < right) {
            do {
                left++;
            } while (Float.compare(keys[left], pivot) < 0);
            do {
                right--;
            } while (Float.compare(pivot, keys[right]) < 0);
            if (left >= right) {
                break;
            }
            swap(items, keys, left, right);
        }
        if (left != hi - 1) {
            swap(items, keys, left, hi - 1);
        }
        return left;
    }

    private static <T> void insertionSort(T[] items, float[] keys, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            T item = items[i + 1];
            float key = keys[i + 1];
            int j = i;
            while (j >= lo && Float.compare(key, keys[j]) < 0) {
                items[j + 1] = items[j];
                keys[j + 1] = keys[j];
                j--;
            }
            items[j + 1] = item;
            keys[j + 1] = key;
        }
    }

    private static <T> void swapIfGreater(T[] items, float[] keys, int a, int b) {
        if (a != b && Float.compare(keys[a], keys[b]) > 0) {
            swap(items, keys, a, b);
        }
    }

    private static <T> void swap(T[] items, float[] keys, int a, int b) {
        T item = items[a];
        items[a] = items[b];
        items[b] = item;
        float key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
    }
}

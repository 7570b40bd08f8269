package vn.treem.plans.content;

/** How a target compares: đạt/ít nhất = AT_LEAST, trên = ABOVE, tối đa = AT_MOST, dưới = BELOW, từ … đến = RANGE. */
public enum Comparator {
    AT_LEAST, ABOVE, AT_MOST, BELOW, EQUAL, RANGE
}

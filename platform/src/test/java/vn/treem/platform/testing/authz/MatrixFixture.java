package vn.treem.platform.testing.authz;

/**
 * What a service's matrix test provides: the unit of the caller's token for each role inside or outside the
 * jurisdiction of its fixture resources, and how to call each operation on those resources.
 */
public interface MatrixFixture {

    /** The {@code unit} claim of a caller with {@code role} whose unit covers ({@code INSIDE}) the resources or not. */
    String unit(String role, Scope scope);

    /**
     * How to call {@code operation} as {@code role} ({@code null} for the caller without a token) in {@code scope}.
     * Called right before each request, so that a fixture can create a fresh resource for destructive operations.
     */
    Call call(Operation operation, String role, Scope scope);
}

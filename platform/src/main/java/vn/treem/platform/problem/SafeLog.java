package vn.treem.platform.problem;

/**
 * Describes an unexpected exception for the log without its messages: messages of database or parsing errors can quote
 * the personal data being processed ("Key (name)=(...)"), which must never reach a log.
 */
public final class SafeLog {

    private static final int FRAMES = 8;

    private SafeLog() {
    }

    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        Throwable current = error;
        int depth = 0;
        while (current != null && depth++ < 6) {
            out.append(depth == 1 ? "" : " <- caused by ").append(current.getClass().getName());
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return out.toString();
    }
}

package org.crosscheck.shell.daemon;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The reply to one client: the command's standard output and error in the order they were
 * written, as frames a bash client can copy without reading byte by byte ({@code o N} or
 * {@code e N}, a newline, then N bytes for {@code head -c N}), and lines of their own
 * ({@code a} accepted, {@code f REASON} run it yourself, {@code x STATUS} the end). Bytes
 * of one stream are gathered into one frame until the other stream writes, a frame is
 * large, or {@link #drain} is called (every few tens of milliseconds while a command
 * runs).
 */
final class Frames {

	private static final int LARGE = 64 * 1024;

	private final OutputStream socket;

	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

	private char stream;

	private boolean broken;

	Frames(OutputStream socket) {
		this.socket = socket;
	}

	/** A writer for standard output ({@code 'o'}) or standard error ({@code 'e'}). */
	PrintWriter writer(char stream) {
		return new PrintWriter(new OutputStreamWriter(new OutputStream() {

			@Override
			public void write(int b) {
				Frames.this.write(stream, new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) {
				Frames.this.write(stream, bytes, offset, length);
			}

		}, StandardCharsets.UTF_8), true);
	}

	synchronized void write(char stream, byte[] bytes, int offset, int length) {
		if (this.stream != stream) {
			emit();
			this.stream = stream;
		}
		this.pending.write(bytes, offset, length);
		if (this.pending.size() >= LARGE) {
			emit();
		}
	}

	/** Sends what was gathered. */
	synchronized void drain() {
		emit();
		flush();
	}

	/** Sends what was gathered, then one line of the protocol. */
	synchronized void line(String text) {
		emit();
		send(("" + text + "\n").getBytes(StandardCharsets.US_ASCII));
		flush();
	}

	private void emit() {
		if (this.pending.size() == 0) {
			return;
		}
		send((this.stream + " " + this.pending.size() + "\n").getBytes(StandardCharsets.US_ASCII));
		send(this.pending.toByteArray());
		this.pending.reset();
	}

	private void send(byte[] bytes) {
		if (this.broken) {
			return;
		}
		try {
			this.socket.write(bytes);
		}
		catch (IOException ex) {
			// The client went away (its reader closed the pipe): the command goes on to
			// its end and its cell.
			this.broken = true;
		}
	}

	private void flush() {
		if (!this.broken) {
			try {
				this.socket.flush();
			}
			catch (IOException ex) {
				this.broken = true;
			}
		}
	}

}

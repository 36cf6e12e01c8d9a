/**
 * Test fixtures of the certs module: a settable clock, a stand-in vendor CA and the OpenSSL
 * command-line tool.
 */
@NullMarked
package io.deskprov.certs.testing;

import org.jspecify.annotations.NullMarked;

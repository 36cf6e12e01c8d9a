package io.deskprov.app.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.deskprov.app.Node;
import io.deskprov.app.config.Configuration;
import io.deskprov.app.pki.PkiCommands;
import io.deskprov.certs.CertificateInfo;
import io.deskprov.certs.KeyMaterialFiles;
import io.deskprov.certs.MacAddress;
import io.deskprov.certs.PkiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** Operator commands for our certificate authority and the certificates it issues. */
@Command(name = "certs", mixinStandardHelpOptions = true,
         description = "Creates the CA, issues and revokes certificates, shows certificate files.",
         subcommands = {CertsCommand.Init.class, CertsCommand.IssueServer.class, CertsCommand.IssueDevice.class,
                        CertsCommand.Revoke.class, CertsCommand.Show.class})
final class CertsCommand {

    @Command(name = "init", mixinStandardHelpOptions = true,
             description = {"Creates our CA where the configuration keeps it (data.dir/pki, or"
                            + " pki.ca-pkcs12-file), with the key type of pki.key-type.",
                            "Refuses to replace an existing CA."})
    static final class Init implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--key-type", paramLabel = "TYPE",
                description = "ec_p256 (default), rsa_2048 or rsa_3072; the same as --set pki.key-type=TYPE.")
        String keyType;

        @Override
        public Integer call() throws PkiException {
            if (keyType != null) {
                config.overrides.add("pki.key-type=" + keyType);
            }
            final PkiCommands pki = commands(config.load());
            final String fingerprint = pki.init();
            System.out.println("CA created: " + pki.caCertificateFile() + "  SHA-256 " + fingerprint);
            return 0;
        }
    }

    @Command(name = "issue-server", mixinStandardHelpOptions = true,
             description = "Issues a server certificate from our CA for the given names (default: tls.names).")
    static final class IssueServer implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--name", paramLabel = "NAME", description = "Host name or IP address. Repeatable.")
        List<String> names = new ArrayList<>();

        @Option(names = "--out", paramLabel = "DIR", description = "Directory for server.crt and server.key"
                + " (default: data.dir/pki, where the listeners read them).")
        Path outDirectory;

        @Override
        public Integer call() throws PkiException {
            final KeyMaterialFiles files = commands(config.load()).issueServer(names, outDirectory);
            System.out.println("server certificate: " + files.certificateChain());
            System.out.println("private key:        " + files.privateKey());
            return 0;
        }
    }

    @Command(name = "issue-device", mixinStandardHelpOptions = true,
             description = "Issues a client certificate from our CA for one phone, named by its MAC address.")
    static final class IssueDevice implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--mac", required = true, paramLabel = "MAC", description = "e.g. 00:15:65:aa:bb:cc")
        String mac;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "Directory for <mac>.crt and <mac>.key.")
        Path outDirectory;

        @Override
        public Integer call() throws PkiException {
            final PkiCommands.IssuedDevice issued =
                    commands(config.load()).issueDevice(MacAddress.parse(mac), outDirectory);
            System.out.println("device certificate: " + issued.files().certificateChain()
                        + "  serial " + issued.serial().toString(16));
            System.out.println("private key:        " + issued.files().privateKey());
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
             description = "Revokes a certificate of our CA by its serial number and publishes a new CRL.")
    static final class Revoke implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Option(names = "--serial", required = true, paramLabel = "HEX", converter = HexSerial.class,
                description = "Serial number in hex, as issue-device and show print it.")
        BigInteger serial;

        @Override
        public Integer call() throws PkiException {
            final Path crl = commands(config.load()).revoke(serial);
            System.out.println("revoked " + serial.toString(16) + "; CRL: " + crl);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
             description = "Prints subject, issuer, validity, names and fingerprint of each certificate in a file.")
    static final class Show implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "PEM or DER certificate file.")
        Path file;

        @Override
        public Integer call() throws PkiException {
            for (CertificateInfo info : CertificateInfo.read(file)) {
                System.out.println(info.toText());
            }
            return 0;
        }
    }

    private static PkiCommands commands(Configuration config) {
        return new PkiCommands(config, Node.dataDir(config), Clock.systemUTC());
    }

    /** Reads a serial in hex, with or without colons between the bytes. */
    static final class HexSerial implements ITypeConverter<BigInteger> {
        @Override
        public BigInteger convert(String text) {
            try {
                return new BigInteger(text.replace(":", ""), 16);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected a hexadecimal number, got '" + text + "'");
            }
        }
    }
}

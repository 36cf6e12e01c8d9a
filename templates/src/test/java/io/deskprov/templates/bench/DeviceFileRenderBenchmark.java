package io.deskprov.templates.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.deskprov.templates.DeviceRenderRequest;
import io.deskprov.templates.Fixtures;
import io.deskprov.templates.ProvisioningRenderer;
import io.deskprov.templates.RenderedFile;

/**
 * Measures rendering one per-device configuration file, including parameter resolution and context
 * building, as a provisioning request would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeviceFileRenderBenchmark {

    @Param({"yealink T46U:805ec0123456.cfg", "polycom VVX 450:805ec0123456-deskprov.cfg"})
    public String modelAndFile;

    private ProvisioningRenderer renderer;
    private DeviceRenderRequest request;
    private String fileName;

    @Setup
    public void setUp() {
        final String[] parts = modelAndFile.split(":");
        renderer = Fixtures.renderer();
        request = Fixtures.request(Fixtures.model(parts[0])).build();
        fileName = parts[1];
    }

    @Benchmark
    public RenderedFile renderDeviceConfig() {
        return renderer.renderDeviceFile(request, fileName).orElseThrow();
    }
}

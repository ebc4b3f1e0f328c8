package dev.weft.runtime.modules;

import dev.weft.runtime.objects.GenericAliases;
import dev.weft.runtime.objects.MappingProxy;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyCell;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyGenerator;
import dev.weft.runtime.objects.PyGetSet;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyTraceback;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code types}: the names of the interpreter's own types that Weft has ({@code GenericAlias},
 * {@code UnionType}, {@code NoneType}, {@code FunctionType}, {@code MappingProxyType}, ...). Not
 * here: {@code SimpleNamespace}, {@code new_class} and the other helpers.
 */
final class TypesModule {
  private TypesModule() {}

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "types");
    m.put(ts, "GenericAlias", GenericAliases.GENERIC_ALIAS);
    m.put(ts, "UnionType", GenericAliases.UNION);
    m.put(ts, "NoneType", PySingleton.NONE_TYPE);
    m.put(ts, "NotImplementedType", PySingleton.NOT_IMPLEMENTED.type);
    m.put(ts, "EllipsisType", PySingleton.ELLIPSIS_TYPE);
    m.put(ts, "FunctionType", PyFunction.TYPE);
    m.put(ts, "LambdaType", PyFunction.TYPE);
    m.put(ts, "MethodType", PyMethod.TYPE);
    m.put(ts, "BuiltinFunctionType", PyBuiltin.FUNCTION_TYPE);
    m.put(ts, "BuiltinMethodType", PyBuiltin.FUNCTION_TYPE);
    m.put(ts, "MethodDescriptorType", PyBuiltin.METHOD_DESCRIPTOR_TYPE);
    m.put(ts, "ModuleType", PyModule.TYPE);
    m.put(ts, "GeneratorType", PyGenerator.GENERATOR_TYPE);
    m.put(ts, "CoroutineType", PyGenerator.COROUTINE_TYPE);
    m.put(ts, "CodeType", PyCode.TYPE);
    m.put(ts, "CellType", PyCell.TYPE);
    m.put(ts, "TracebackType", PyTraceback.TYPE);
    m.put(ts, "GetSetDescriptorType", PyGetSet.TYPE);
    m.put(ts, "MemberDescriptorType", PyGetSet.MEMBER_TYPE);
    m.put(ts, "MappingProxyType", MappingProxy.TYPE);
    return m;
  }
}
